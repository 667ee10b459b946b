import { wordedError } from '../../../../shared/wording';
import type { AppError } from '../../../../shared/app-error';

/**
 * Guards every network wait of one transfer. A server that keeps the connection open but sends
 * nothing would otherwise hold a download (and its temp file) forever, so each wait is raced
 * against the time left since bytes last arrived, and against the caller's cancel signal.
 */
export class IdleWatch {
  private readonly stall = new AbortController();
  readonly idleTimeoutMs: number;
  private readonly callerSignal: AbortSignal | undefined;
  private lastProgressAt = Date.now();

  /** Aborts the transfer when either the caller cancels or the connection goes quiet. */
  readonly signal: AbortSignal;

  constructor(idleTimeoutMs: number, callerSignal: AbortSignal | undefined) {
    this.idleTimeoutMs = idleTimeoutMs;
    this.callerSignal = callerSignal;
    this.signal = callerSignal
      ? AbortSignal.any([callerSignal, this.stall.signal])
      : this.stall.signal;
  }

  /** Call when bytes arrive; empty chunks must not count, or a trickle of nothing never times out. */
  progressed(): void {
    this.lastProgressAt = Date.now();
  }

  get cancelled(): boolean {
    return this.callerSignal?.aborted === true;
  }

  get stalled(): boolean {
    return this.stall.signal.aborted;
  }

  async run<T>(work: Promise<T>): Promise<T> {
    // The loser of the race may still reject later; that must not surface as unhandled.
    work.catch(() => undefined);
    if (this.cancelled) throw cancelledError();
    if (this.stalled) throw stalledError(this.idleTimeoutMs);
    const remaining = this.lastProgressAt + this.idleTimeoutMs - Date.now();
    if (remaining <= 0) throw this.giveUp();

    let timer: ReturnType<typeof setTimeout> | undefined;
    let onAbort: (() => void) | undefined;
    const guard = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(this.giveUp()), remaining);
      onAbort = () => reject(this.cancelled ? cancelledError() : stalledError(this.idleTimeoutMs));
      this.signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([work, guard]);
    } finally {
      clearTimeout(timer);
      if (onAbort) this.signal.removeEventListener('abort', onAbort);
    }
  }

  private giveUp(): AppError {
    const error = stalledError(this.idleTimeoutMs);
    // Aborting the shared signal also tears down the socket, so nothing keeps streaming.
    this.stall.abort(error);
    return error;
  }
}

export function cancelledError(): AppError {
  return wordedError('download_cancelled', 'errors:download_cancelled');
}

export function stalledError(idleTimeoutMs: number): AppError {
  const seconds = Math.max(1, Math.round(idleTimeoutMs / 1000));
  return wordedError('download_stalled', 'errors:download_stalled', { seconds });
}
