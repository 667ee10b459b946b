import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import { isLoopbackHost } from '../config';
import { readCappedText } from '../net/read-capped';

/** What is being published, so an error names the file the person chose. */
export type UploadKind = 'image' | 'video' | 'audio';

export interface UploadRequest {
  /** The upload endpoint, already checked as https (or http on loopback) by the config. */
  endpoint: string;
  token: string;
  bytes: Uint8Array<ArrayBuffer>;
  fileName: string;
  kind: UploadKind;
  /** The file's media type, as sent in the form (`image/png`, `video/mp4`…). */
  mime: string;
  fetchImpl: typeof fetch;
  timeoutMs: number;
}

const MAX_URL_CHARS = 4096;

// An answer is a few hundred bytes of JSON; anything far larger is not one.
const MAX_ANSWER_BYTES = 64 * 1024;

/** How to get the token uploads need, said after each refusal that is about it. */
export function platformTokenHelp(): string {
  return t('errors:platformTokenHelp');
}

/**
 * Sends one file (image, video or audio) to AceData's file endpoint (multipart field `file`,
 * platform token; AceData Kling API docs §7) and returns the public URL it answers with. The
 * token goes into the header only: never into a message, a log or the answer.
 *
 * @throws AppError `upload_timeout`, `upload_failed`, `platform_token_refused`,
 * `upload_refused` (413) or `upload_bad_answer`, each naming the kind of file.
 */
export async function uploadFile(request: UploadRequest): Promise<string> {
  const kind = request.kind;
  const form = new FormData();
  form.append('file', new Blob([request.bytes], { type: request.mime }), request.fileName);
  let response: Response;
  try {
    response = await request.fetchImpl(request.endpoint, {
      method: 'POST',
      headers: { authorization: `Bearer ${request.token}`, accept: 'application/json' },
      body: form,
      // A redirect would carry the form (and maybe the token) somewhere nobody configured.
      redirect: 'error',
      signal: AbortSignal.timeout(request.timeoutMs),
    });
  } catch (error) {
    const name = (error as Error | null)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new AppError('upload_timeout', t('errors:upload_timeout'));
    }
    throw new AppError('upload_failed', t('errors:upload_failed.unreachable'));
  }
  const body = await readAnswer(response);
  const traceId = typeof body?.['trace_id'] === 'string' ? body['trace_id'].slice(0, 200) : null;

  if (response.status === 401 || response.status === 403) {
    throw new AppError(
      'platform_token_refused',
      t('errors:platform_token_refused', { status: response.status, help: platformTokenHelp() }),
      traceId,
    );
  }
  if (response.status === 413) {
    throw new AppError('upload_refused', t(`errors:upload_refused.${kind}`), traceId);
  }
  if (!response.ok || body?.['success'] === false) {
    const refused = t(`errors:upload_failed.refused.${kind}`, { status: response.status });
    throw new AppError(
      'upload_failed',
      response.status === 429 || response.status >= 500
        ? t('errors:upload_failed.tryAgainSoon', { message: refused })
        : refused,
      traceId,
    );
  }
  const url = answerUrl(body);
  if (url === null || !isPublicUrl(url, new URL(request.endpoint))) {
    throw new AppError('upload_bad_answer', t(`errors:upload_bad_answer.${kind}`), traceId);
  }
  return url;
}

/** `{ file_url }` per the docs; `{ url }` (the FAQ's route) and a `data` wrapper are accepted too. */
function answerUrl(body: Record<string, unknown> | null): string | null {
  if (body === null) return null;
  const data = isRecord(body['data']) ? body['data'] : {};
  for (const value of [body['file_url'], body['url'], data['file_url'], data['url']]) {
    if (typeof value === 'string' && value.length > 0) return value;
  }
  return null;
}

/** https only, except plain http on loopback when the endpoint itself is loopback (tests). */
function isPublicUrl(raw: string, endpoint: URL): boolean {
  if (raw.length > MAX_URL_CHARS) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return (
    url.protocol === 'http:' && isLoopbackHost(endpoint.hostname) && isLoopbackHost(url.hostname)
  );
}

async function readAnswer(response: Response): Promise<Record<string, unknown> | null> {
  const text = await readCappedText(response, MAX_ANSWER_BYTES);
  if (text === null) return null;
  try {
    const parsed = JSON.parse(text) as unknown;
    return isRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
