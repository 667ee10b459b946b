import { AppError } from '../../../../shared/app-error';
import { formatNumber, t } from '../../../../shared/i18n';
import { worded, wordedError, type Wording } from '../../../../shared/wording';
import { DownloadHttpError } from './fetch-checked';

/** The connection broke or the body ended short; the bytes saved so far are a good prefix. */
export class TransferInterrupted extends Error {
  constructor() {
    super('The transfer stopped before the announced end');
    this.name = 'TransferInterrupted';
  }
}

/** A resumed answer did not fit the saved bytes (wrong span, 416); only a fresh start is safe. */
export class SpliceRefused extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'SpliceRefused';
  }
}

// Statuses that say "not now" rather than "never".
const TRANSIENT_HTTP = new Set([408, 425, 429, 500, 502, 503, 504]);

/**
 * Whether the bytes saved before `error` are worth keeping for a later call: yes after a cut,
 * a stall, a cancel, a full disk, a passing HTTP status or a network failure; no when the
 * server's answer did not fit them (SpliceRefused) or the same request would fail the same way.
 */
export function keepsPart(error: unknown, signal: AbortSignal | undefined): boolean {
  if (signal?.aborted === true) return true;
  if (error instanceof TransferInterrupted) return true;
  if (error instanceof SpliceRefused) return false;
  if (isDiskFull(error)) return true;
  if (error instanceof DownloadHttpError) return TRANSIENT_HTTP.has(error.status);
  if (error instanceof AppError) {
    return error.code === 'download_stalled' || error.code === 'download_cancelled';
  }
  // Refused, reset or unreachable before any answer: the network, not the file, is at fault.
  return true;
}

/** The message a person sees; `savedBytes` is what stays on disk for a later resume. */
export function toAppError(error: unknown, savedBytes: number): AppError {
  if (isDiskFull(error)) {
    return savedBytes > 0
      ? wordedError('disk_full', 'errors:disk_full.paused', { saved: formatMegabytes(savedBytes) })
      : wordedError('disk_full', 'errors:disk_full.notSaved');
  }
  if (error instanceof AppError) return error;
  if (error instanceof TransferInterrupted) {
    // Not `download_incomplete`: that one means the bytes were bad; these are good and kept.
    return wordedError('download_interrupted', 'errors:download_interrupted');
  }
  if (error instanceof SpliceRefused) {
    return wordedError('download_failed', 'errors:download_failed.resumeRefused');
  }
  return wordedError('download_failed', 'errors:download_failed.cause', { cause: describe(error) });
}

function isDiskFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message.slice(0, 120) : t('errors:unknownError');
}

function formatMegabytes(bytes: number): string {
  const mib = bytes / 1024 ** 2;
  // Never "0.0 MB saved": callers only ask when something was saved.
  return mib < 10
    ? formatNumber(Math.max(0.1, mib), { minimumFractionDigits: 1, maximumFractionDigits: 1 })
    : formatNumber(Math.round(mib));
}

/**
 * A size limit as a person reads it ("200 MB", "512 bytes"), as a wording, so a message that
 * holds it is written again in the language shown when it is drawn.
 */
export function bytesWording(bytes: number): Wording {
  const mib = 1024 * 1024;
  return bytes >= mib
    ? worded('errors:size.megabytes', { value: Math.round(bytes / mib) })
    : worded('errors:size.bytes', { value: bytes });
}
