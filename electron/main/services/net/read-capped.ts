/**
 * Reads an answer's body as text, but no more than `maxBytes`: a server (or anything pretending
 * to be one) cannot make the app buffer an endless answer. Returns null when the body is
 * longer than the cap or breaks off; the rest of the body is cancelled, not drained.
 */
export async function readCappedText(response: Response, maxBytes: number): Promise<string | null> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) return null;
      chunks.push(value);
    }
  } catch {
    return null;
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).toString('utf8');
}
