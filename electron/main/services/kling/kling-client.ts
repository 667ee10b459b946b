import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import { worded, wordedError, wordingText } from '../../../../shared/wording';
import { parseJson } from '../fs/json-state-file';
import { failedBeforeSending, failureCode, isTlsFailure } from '../net/connection-failure';
import { readCappedText } from '../net/read-capped';
import { redactLine } from '../log/redacting-log';
import { apiErrorFrom } from './api-errors';
import {
  BatchAnswerSchema,
  SubmitAnswerSchema,
  TaskRecordSchema,
  type TaskRecord,
} from './task-record';

export const MAX_BATCH_IDS = 50;
/** Far above a batch of 50 task records; an answer longer than this is not read. */
export const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

export interface KlingClientOptions {
  baseUrl: string;
  /** Reads the token from the keychain at the moment of each request. */
  readToken: () => Promise<string | null>;
  fetchImpl?: typeof fetch;
  /** How long one request may take before it is abandoned. */
  timeoutMs?: number;
}

export interface SubmitResult {
  taskId: string;
  traceId: string | null;
}

/** Thrown when a submission may or may not have reached the provider. */
export class UncertainSubmissionError extends AppError {
  constructor(cause: string) {
    const text = worded('errors:submission_uncertain.connectionBroke', { cause });
    super('submission_uncertain', wordingText(text) ?? cause, null, text);
  }
}

/** The AceData Kling endpoints. Submissions are always asynchronous and never retried here. */
export class KlingClient {
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;
  /** The token of the latest request, cut out of the provider's words it answers with. */
  private lastToken: string | null = null;

  constructor(private readonly options: KlingClientOptions) {
    this.fetchImpl = options.fetchImpl ?? fetch;
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  /**
   * Sends one job to `path` (`/kling/videos`, or a tool's endpoint such as `/kling/motion`)
   * asynchronously, never retried here. Resolves to the provider's task id; a 5xx that names
   * its task id resolves too. Throws `ApiError` for an error answer, `UncertainSubmissionError`
   * when the request may have reached the provider without an answer.
   */
  async submit(
    body: Record<string, unknown>,
    path: `/kling/${string}` = '/kling/videos',
  ): Promise<SubmitResult> {
    const answer = await this.post(path, { ...body, async: true }, { mayHaveCharged: true });
    const parsed = SubmitAnswerSchema.safeParse(answer);
    if (!parsed.success) {
      throw new UncertainSubmissionError(t('errors:submission_uncertain.noTaskId'));
    }
    return { taskId: parsed.data.task_id, traceId: parsed.data.trace_id ?? null };
  }

  /** Task records for up to 50 ids; records that cannot be read are left out. */
  async retrieveBatch(ids: readonly string[]): Promise<TaskRecord[]> {
    if (ids.length === 0) return [];
    if (ids.length > MAX_BATCH_IDS) throw new RangeError(`at most ${MAX_BATCH_IDS} ids per call`);
    const answer = BatchAnswerSchema.safeParse(
      await this.post('/kling/tasks', { action: 'retrieve_batch', ids }, { mayHaveCharged: false }),
    );
    if (!answer.success) return [];
    return answer.data.items.flatMap((item) => {
      const record = TaskRecordSchema.safeParse(item);
      return record.success ? [scrubRecord(record.data, this.lastToken)] : [];
    });
  }

  /**
   * One call that charges nothing (elements, voices: list, retrieve, delete…) to `path`, a
   * `/kling/…` endpoint. Resolves to the parsed JSON answer; throws an `ApiError` for an error
   * answer, `AppError('offline' | 'network' | 'bad_answer' | 'no_token')` otherwise.
   */
  async query(path: `/kling/${string}`, body: Record<string, unknown>): Promise<unknown> {
    return this.post(path, body, { mayHaveCharged: false });
  }

  private async post(
    path: string,
    body: unknown,
    opts: { mayHaveCharged: boolean },
  ): Promise<unknown> {
    const token = await this.options.readToken();
    if (!token) throw wordedError('no_token', 'errors:no_token_saved');
    this.lastToken = token;
    const url = new URL(path, this.options.baseUrl);
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: JSON.stringify(body),
        // A redirect would carry the token and the request to an address nobody configured.
        redirect: 'error',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw networkError(error, opts.mayHaveCharged);
    }
    const text = await readCappedText(response, MAX_ANSWER_BYTES);
    const json = text === null ? undefined : parseJson(text);
    if (!response.ok) {
      // AceData Kling API docs (errors, 2026): a 502/503/504 that names a task_id means the
      // task exists. Taking the id keeps the job and polls it; refusing would lose paid work
      // or, worse, invite a second submission.
      if (
        opts.mayHaveCharged &&
        response.status >= 500 &&
        SubmitAnswerSchema.safeParse(json).success
      ) {
        return json;
      }
      throw apiErrorFrom(response.status, json, response.headers.get('retry-after'), (said) =>
        redactLine(said, [token]),
      );
    }
    if (json === undefined) {
      if (opts.mayHaveCharged) {
        throw new UncertainSubmissionError(
          text === null
            ? t('errors:submission_uncertain.answerCut')
            : t('errors:submission_uncertain.answerNotJson'),
        );
      }
      throw wordedError('bad_answer', 'errors:bad_answer');
    }
    return json;
  }
}

/**
 * Errors that happen before any byte leaves the machine are safe to retry; others may have
 * charged. A refused certificate is one of the safe ones: the handshake failed, so the
 * request was never written.
 */
function networkError(error: unknown, mayHaveCharged: boolean): AppError {
  const code = failureCode(error);
  if (isTlsFailure(code)) {
    return wordedError('certificate', 'errors:certificate', { code: code ?? '' });
  }
  if (failedBeforeSending(code)) {
    return wordedError('offline', 'errors:offline', { code: code ?? '' });
  }
  if (mayHaveCharged) return new UncertainSubmissionError(code ?? t('errors:noAnswer'));
  return wordedError('network', 'errors:network', { code: code ?? worded('errors:noAnswer') });
}

/** A failed task's message is the provider's text and is shown as is: the token is cut out. */
function scrubRecord(record: TaskRecord, token: string | null): TaskRecord {
  const message = record.response?.error?.message;
  if (!record.response?.error || message === undefined) return record;
  return {
    ...record,
    response: {
      ...record.response,
      error: { ...record.response.error, message: redactLine(message, [token]) },
    },
  };
}
