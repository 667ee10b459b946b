import { AppError } from '../../../shared/app-error';
import type { KlingApi } from '../../../shared/bridge';
import type { IpcResult } from '../../../shared/contract';

declare global {
  interface Window {
    /** Built by the preload from the shared contract; the renderer's only way to main. */
    kling: KlingApi;
  }
}

/** The bridge, or a clear error when the page runs outside the app (e.g. a plain browser). */
export function kling(): KlingApi {
  if (!window.kling) {
    throw new AppError(
      'bridge_missing',
      'Kling Studio cannot reach its main process. Close the window and start the app again.',
    );
  }
  return window.kling;
}

/**
 * Unwraps an IPC answer. Main reports service errors as data so their code and trace id
 * survive the bridge; here they become a thrown AppError the UI can show as-is.
 */
export async function call<T>(result: Promise<IpcResult<T>>): Promise<T> {
  let answer: IpcResult<T>;
  try {
    answer = await result;
  } catch {
    // A rejection means the bridge itself broke, not the service; say so plainly.
    throw new AppError(
      'ipc_failed',
      'Kling Studio lost contact with its main process. Try again; if it keeps happening, restart the app.',
    );
  }
  if (answer.ok) return answer.value;
  const { code, message, traceId } = answer.error;
  throw new AppError(code, message, traceId ?? null);
}

/** Any thrown value as an AppError, so every alert has a message meant for a person. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError(
    'unexpected',
    'Something went wrong in the window. Try again; if it keeps happening, restart Kling Studio.',
  );
}
