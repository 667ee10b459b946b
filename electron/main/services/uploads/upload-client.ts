import { AppError } from '../../../../shared/app-error';
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

/** What the person calls each kind of file, and how to make one smaller. */
const WORDS: Readonly<Record<UploadKind, { noun: string; smaller: string }>> = {
  image: { noun: 'image', smaller: 'Save it smaller and try again.' },
  video: { noun: 'video', smaller: 'Shorten or compress it and try again.' },
  audio: {
    noun: 'audio file',
    smaller: 'Trim it or save it in a compressed format such as MP3, then try again.',
  },
};
// An answer is a few hundred bytes of JSON; anything far larger is not one.
const MAX_ANSWER_BYTES = 64 * 1024;

export const PLATFORM_TOKEN_HELP =
  "Uploads need AceData's platform token, which is not the API token used for generating: copy it from the AceData Cloud console (platform.acedata.cloud) and add it in Settings as the platform token.";

/**
 * Sends one file (image, video or audio) to AceData's file endpoint (multipart field `file`,
 * platform token; AceData Kling API docs §7) and returns the public URL it answers with. The
 * token goes into the header only: never into a message, a log or the answer.
 *
 * @throws AppError `upload_timeout`, `upload_failed`, `platform_token_refused`,
 * `upload_refused` (413) or `upload_bad_answer`, each naming the kind of file.
 */
export async function uploadFile(request: UploadRequest): Promise<string> {
  const words = WORDS[request.kind];
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
      throw new AppError(
        'upload_timeout',
        "AceData's upload service did not answer in time. Check your connection and try again.",
      );
    }
    throw new AppError(
      'upload_failed',
      "Could not reach AceData's upload service. Check your connection and try again.",
    );
  }
  const body = await readAnswer(response);
  const traceId = typeof body?.['trace_id'] === 'string' ? body['trace_id'].slice(0, 200) : null;

  if (response.status === 401 || response.status === 403) {
    throw new AppError(
      'platform_token_refused',
      `AceData refused the platform token for this upload (HTTP ${response.status}). ${PLATFORM_TOKEN_HELP}`,
      traceId,
    );
  }
  if (response.status === 413) {
    throw new AppError(
      'upload_refused',
      `AceData refused this ${words.noun} as too large. ${words.smaller}`,
      traceId,
    );
  }
  if (!response.ok || body?.['success'] === false) {
    const retry =
      response.status === 429 || response.status >= 500 ? ' Try again in a moment.' : '';
    throw new AppError(
      'upload_failed',
      `AceData's upload service refused the ${words.noun} (HTTP ${response.status}).${retry}`,
      traceId,
    );
  }
  const url = answerUrl(body);
  if (url === null || !isPublicUrl(url, new URL(request.endpoint))) {
    throw new AppError(
      'upload_bad_answer',
      `AceData's upload service answered without a usable https address for the ${words.noun}. Try again later.`,
      traceId,
    );
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
