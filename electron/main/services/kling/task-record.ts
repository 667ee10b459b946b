import { z } from 'zod';
import { t } from '../../../../shared/i18n';
import { plainProviderText } from '../../../../shared/provider-text';
import { isProviderErrorCode, type ProviderErrorCode } from '../../../../shared/app-error';

/**
 * The provider's answers, read leniently: `duration` may be text or a number, `success` may
 * be missing, a `data` wrapper may appear, extra fields are ignored, unknown `state` words
 * are kept as plain strings.
 */
const VideoResultSchema = z
  .object({
    success: z.boolean().optional(),
    task_id: z.string().optional(),
    video_id: z.string().optional(),
    video_url: z.string().optional(),
    duration: z.union([z.string(), z.number()]).optional(),
    state: z.string().optional(),
    trace_id: z.string().optional(),
    /** The seconds AceData billed (AceData Kling API docs, 2026: `usage`). */
    usage: z
      .object({ duration: z.union([z.string(), z.number()]).optional() })
      .passthrough()
      .optional(),
    error: z
      .object({ code: z.string().optional(), message: z.string().optional() })
      .passthrough()
      .optional(),
  })
  .passthrough();
export type VideoResult = z.infer<typeof VideoResultSchema>;

export const TaskRecordSchema = z
  .object({
    id: z.string(),
    trace_id: z.string().optional(),
    created_at: z.number().optional(),
    // Absent until done on older records; newer ones send null instead (kling-api.md §10).
    finished_at: z.number().nullable().optional(),
    elapsed: z.number().nullable().optional(),
    response: z.preprocess(unwrapData, VideoResultSchema).optional(),
  })
  .passthrough();
export type TaskRecord = z.infer<typeof TaskRecordSchema>;

export const BatchAnswerSchema = z.preprocess(
  unwrapData,
  z.object({ items: z.array(z.unknown()).default([]) }).passthrough(),
);

export const SubmitAnswerSchema = z.preprocess(
  unwrapData,
  z.object({ task_id: z.string().min(1), trace_id: z.string().optional() }).passthrough(),
);

function unwrapData(value: unknown): unknown {
  if (value && typeof value === 'object' && 'data' in value) {
    const data = (value as { data: unknown }).data;
    if (data && typeof data === 'object' && !Array.isArray(data)) return { ...value, ...data };
  }
  return value;
}

export type TaskOutcome =
  | { state: 'running' }
  | {
      state: 'succeeded';
      videoUrl: string;
      videoId: string | null;
      durationSec: number | null;
      /** The seconds billed, from `usage.duration`; null when the answer has none. */
      billedSec: number | null;
    }
  | { state: 'failed'; code: ProviderErrorCode; message: string; traceId: string | null };

/** Derives a job's progress from a task record, as kling-api.md §4 describes. */
export function outcomeOf(record: TaskRecord): TaskOutcome {
  const response = record.response;
  if (!response) return { state: 'running' };
  const failedState = response.state === 'failed' || response.state === 'cancelled';
  if (response.success === false || response.error || failedState) {
    return {
      state: 'failed',
      code: isProviderErrorCode(response.error?.code) ? response.error.code : 'task_failed',
      message: failureMessage(response.error, response.state),
      traceId: response.trace_id ?? record.trace_id ?? null,
    };
  }
  if (response.success === true && response.video_url) {
    return {
      state: 'succeeded',
      videoUrl: response.video_url,
      videoId: response.video_id ?? null,
      durationSec: positiveSeconds(response.duration),
      billedSec: positiveSeconds(response.usage?.duration),
    };
  }
  return { state: 'running' };
}

/** A length the provider gave as text or a number; null when absent or not a positive number. */
function positiveSeconds(value: string | number | undefined): number | null {
  if (value === undefined) return null;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}

/** The provider's words; a code outside the known set is kept in the text for support. */
function failureMessage(
  error: { code?: string; message?: string } | undefined,
  state: string | undefined,
): string {
  const text =
    error?.message !== undefined
      ? plainProviderText(error.message)
      : t('errors:task_failed_state', { state: state ?? 'failed' });
  const code = error?.code;
  return code !== undefined && !isProviderErrorCode(code) ? `${text} (${code})` : text;
}
