import { worded, wordedError, wordingText } from '../../../../shared/wording';
import { AppError } from '../../../../shared/app-error';
import type { IdleWatch } from './idle-watch';
import { checkDownloadUrl } from './url-policy';

export const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface CheckedFetchOptions {
  allowedHosts: readonly string[];
  fetchImpl: typeof fetch;
  watch: IdleWatch;
  /** Extra request headers; a resumed download will pass Range / If-Range here. */
  headers?: Record<string, string>;
}

export interface CheckedResponse {
  response: Response;
  /** Where the answer finally came from, after redirects. */
  url: URL;
}

/**
 * GETs a result file, following redirects by hand: automatic following would let the server
 * bounce us to any host, so every Location is put through the same policy as the first URL.
 */
export async function fetchChecked(
  start: URL,
  options: CheckedFetchOptions,
): Promise<CheckedResponse> {
  let url = start;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    const response = await options.watch.run(
      options.fetchImpl(url.href, {
        method: 'GET',
        redirect: 'manual',
        signal: options.watch.signal,
        // A compressed body would make Content-Length describe other bytes than we count.
        headers: { 'accept-encoding': 'identity', ...options.headers },
      }),
    );
    options.watch.progressed();
    if (!REDIRECT_STATUSES.has(response.status)) return { response, url };

    discardBody(response);
    const location = response.headers.get('location');
    if (location === null) throw httpError(response.status);
    let next: string;
    try {
      next = new URL(location, url).href;
    } catch {
      throw wordedError('unsafe_url', 'errors:unsafe_url.badRedirect');
    }
    url = checkDownloadUrl(next, options.allowedHosts);
  }
  throw wordedError('download_too_many_redirects', 'errors:download_too_many_redirects', {
    max: MAX_REDIRECTS,
  });
}

/** The video server answered, but not with the video; `status` says how. */
export class DownloadHttpError extends AppError {
  constructor(readonly status: number) {
    const text = worded('errors:download_http', { status });
    super('download_http', wordingText(text) ?? String(status), null, text);
  }
}

export function httpError(status: number): DownloadHttpError {
  return new DownloadHttpError(status);
}

/** Releases the connection of an answer whose body we do not want. */
export function discardBody(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}
