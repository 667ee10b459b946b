import { AppError } from '../../../shared/app-error';
import type { KlingApi } from '../../../shared/bridge';
import type { IpcResult } from '../../../shared/contract';
import { t } from '../i18n';

declare global {
  interface Window {
    /** Built by the preload from the shared contract; the renderer's only way to main. */
    kling: KlingApi;
  }
}

/** The bridge, or a clear error when the page runs outside the app (e.g. a plain browser). */
export function kling(): KlingApi {
  if (!window.kling) {
    throw new AppError('bridge_missing', t('errors:bridge_missing'));
  }
  return window.kling;
}

type Unwrapped<F> = F extends (...args: infer A) => Promise<IpcResult<infer T>>
  ? (...args: A) => Promise<T>
  : F;

/** `window.kling` with every answer unwrapped; event subscriptions (`onX`) are unchanged. */
export type Bridge = {
  [D in keyof KlingApi]: { [K in keyof KlingApi[D]]: Unwrapped<KlingApi[D][K]> };
};

/**
 * main's API as plain async functions: `await bridge.library.query(q)` resolves with the value
 * or throws an AppError (the service's code, message and trace id, or `ipc_failed` /
 * `bridge_missing` when the bridge itself is broken). `window.kling` is read at each call, so
 * a replaced bridge (a reload, a test) is always the one used.
 */
export const bridge = new Proxy({} as Bridge, {
  get: (_root, domain: string) =>
    new Proxy(
      {},
      {
        get:
          (_group, name: string) =>
          (...args: unknown[]) => {
            const group = (kling() as unknown as Record<string, Record<string, unknown>>)[domain];
            const fn = group?.[name];
            if (typeof fn !== 'function') {
              throw new AppError('ipc_failed', t('errors:ipc_failed.noSuchCall', { domain, name }));
            }
            const answer: unknown = fn(...args);
            return name.startsWith('on') ? answer : call(answer as Promise<IpcResult<unknown>>);
          },
      },
    ),
});

/**
 * Unwraps an IPC answer. Main reports service errors as data so their code and trace id
 * survive the bridge; here they become a thrown AppError the UI can show as-is.
 */
async function call<T>(result: Promise<IpcResult<T>>): Promise<T> {
  let answer: IpcResult<T>;
  try {
    answer = await result;
  } catch {
    // A rejection means the bridge itself broke, not the service; say so plainly.
    throw new AppError('ipc_failed', t('errors:ipc_failed.lostContact'));
  }
  if (answer.ok) return answer.value;
  const { code, message, traceId } = answer.error;
  throw new AppError(code, message, traceId ?? null);
}

/** Any thrown value as an AppError, so every alert has a message meant for a person. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError('unexpected', t('errors:unexpected'));
}
