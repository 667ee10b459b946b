import type { AppErrorInfo } from './domain';

/** An error whose message is meant for a person: what happened and what to do next. */
export class AppError extends Error {
  readonly code: string;
  readonly traceId: string | null;

  constructor(code: string, message: string, traceId: string | null = null) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.traceId = traceId;
  }

  toInfo(): AppErrorInfo {
    return { code: this.code, message: this.message, traceId: this.traceId };
  }
}
