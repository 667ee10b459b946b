/** The longest wait the app accepts from a server: beyond it the hint is clamped. */
export const MAX_RETRY_AFTER_MS = 10 * 60_000;

/**
 * Reads `Retry-After` as seconds or an HTTP date. Nonsense (`abc`, negative numbers) is
 * ignored and huge values are clamped, so a server cannot stall the app forever.
 */
export function retryAfterMs(header: string | null | undefined, now: number): number | null {
  if (!header) return null;
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return clamp(Number(text) * 1000);
  if (/^-/.test(text)) return null;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return null;
  return clamp(date - now);
}

function clamp(ms: number): number {
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}
