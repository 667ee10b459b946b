import { appendFile, mkdir, rename, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

export type Log = (message: string, detail?: unknown) => void;

export interface RedactingLogOptions {
  file: string;
  /** Secrets known right now (the tokens); each is cut out of every line before it is written. */
  secrets: () => Promise<readonly (string | null)[]>;
  maxBytes?: number;
  echo?: (line: string) => void;
}

// Whatever else a line holds, an authorization value never reaches the disk.
const AUTH_PATTERN = /(authorization["']?\s*[:=]\s*["']?)(bearer\s+)?[^\s"',}]+/gi;
const BEARER_PATTERN = /bearer\s+[A-Za-z0-9._~+/=-]+/gi;

/** Turns anything into one line of text, redacted: tokens, bearer values, authorization headers. */
export function redactLine(text: string, secrets: readonly (string | null)[]): string {
  let line = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) line = line.split(secret).join('[redacted]');
  }
  return line.replace(AUTH_PATTERN, '$1[redacted]').replace(BEARER_PATTERN, 'Bearer [redacted]');
}

function describe(detail: unknown): string {
  if (detail === undefined || detail === '') return '';
  if (detail instanceof Error)
    return ` ${detail.name}: ${detail.message}${detail.stack ? `\n${detail.stack}` : ''}`;
  try {
    return ` ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`;
  } catch {
    return ` ${String(detail)}`;
  }
}

/** The main process's log file: appended in order, redacted, rotated once at a size cap. */
export function createRedactingLog(
  options: RedactingLogOptions,
): Log & { flushed(): Promise<void> } {
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  // Every secret seen this run: a replaced or removed token may still sit in a late error
  // message or a retried request, so it stays redacted until the app quits.
  const seen = new Set<string>();
  let chain: Promise<void> = mkdir(dirname(options.file), { recursive: true }).then(
    () => undefined,
  );
  const log = (message: string, detail?: unknown): void => {
    const raw = `${new Date().toISOString()} ${message}${describe(detail)}`;
    chain = chain
      .then(async () => {
        for (const secret of await options.secrets()) if (secret) seen.add(secret);
        const line = redactLine(raw, [...seen]);
        options.echo?.(line);
        const size = await stat(options.file).then(
          (s) => s.size,
          () => 0,
        );
        if (size > maxBytes) await rename(options.file, `${options.file}.1`);
        await appendFile(options.file, `${line}\n`, { mode: 0o600 });
      })
      .catch(() => undefined);
  };
  return Object.assign(log, { flushed: () => chain });
}
