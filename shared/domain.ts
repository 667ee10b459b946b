import { z } from 'zod';
import { MODEL_IDS, ModelIdSchema } from './models';

/** Limits that hold for every model (the provider's own field limits). */
export const PROMPT_MAX_CHARS = 2500;

const Id = z.string().min(1).max(128).regex(/^[A-Za-z0-9_-]+$/, 'not an id');
export const IdSchema = Id;

export const TokenStatusSchema = z.object({
  hasToken: z.boolean(),
  /** Only the last four characters ever leave the main process. */
  last4: z.string().max(4).nullable(),
  storage: z.enum(['keychain', 'memory', 'environment', 'none']),
  /** A sentence for the user when the token cannot be kept safely across restarts. */
  warning: z.string().nullable(),
});
export type TokenStatus = z.infer<typeof TokenStatusSchema>;

export const ProjectSchema = z.object({
  id: Id,
  name: z.string(),
  clipCount: z.number().int().nonnegative(),
});
export type Project = z.infer<typeof ProjectSchema>;

export const ACTIONS = ['text2video', 'image2video', 'extend'] as const;
export const ActionSchema = z.enum(ACTIONS);
export type Action = z.infer<typeof ActionSchema>;

export const ClipSchema = z.object({
  id: Id,
  projectId: Id,
  jobId: Id,
  action: ActionSchema,
  model: z.enum(MODEL_IDS),
  prompt: z.string(),
  taskId: z.string(),
  videoId: z.string().nullable(),
  durationSec: z.number().nullable(),
  sizeBytes: z.number().int().nonnegative(),
  sha256: z.string(),
  createdAt: z.string(),
  /** Where the renderer plays it: the app's media scheme, never a file path. */
  mediaUrl: z.string(),
});
export type Clip = z.infer<typeof ClipSchema>;

export const JOB_STATES = [
  'queued',
  'submitting',
  'submitted',
  'running',
  'succeeded',
  'downloading',
  'ready',
  'failed',
  'unknown',
] as const;
export const JobStateSchema = z.enum(JOB_STATES);
export type JobState = z.infer<typeof JobStateSchema>;

export const AppErrorSchema = z.object({
  code: z.string(),
  /** What happened and what to do next, in words for a person. */
  message: z.string(),
  traceId: z.string().nullable().optional(),
});
export type AppErrorInfo = z.infer<typeof AppErrorSchema>;

export const TextToVideoInputSchema = z.object({
  projectId: Id.optional(),
  prompt: z
    .string()
    .trim()
    .min(1, 'Write a prompt first.')
    .max(PROMPT_MAX_CHARS, `A prompt is at most ${PROMPT_MAX_CHARS} characters.`),
  model: ModelIdSchema,
});
export type TextToVideoInput = z.input<typeof TextToVideoInputSchema>;

export const JobSchema = z.object({
  id: Id,
  projectId: Id,
  action: ActionSchema,
  model: z.enum(MODEL_IDS),
  prompt: z.string(),
  state: JobStateSchema,
  taskId: z.string().nullable(),
  clipId: Id.nullable(),
  error: AppErrorSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  download: z
    .object({ receivedBytes: z.number().nonnegative(), totalBytes: z.number().nullable() })
    .nullable(),
  /** Running past its deadline: shown as stalled, still followed and resumable. */
  stalled: z.boolean().default(false),
  /** A passing condition worth showing (waiting for a connection, disk full, …). */
  note: z.string().nullable().default(null),
  /** Place in the submission queue, for queued jobs. */
  queuePosition: z.number().int().nonnegative().nullable().default(null),
});
export type Job = z.infer<typeof JobSchema>;

export const QueueStatusSchema = z.object({
  paused: z.boolean(),
  /** The provider refused the token: nothing is sent or polled until a new one is saved. */
  authRequired: z.boolean(),
  offline: z.boolean(),
  maxInFlight: z.number().int().positive(),
  inFlight: z.number().int().nonnegative(),
  queued: z.number().int().nonnegative(),
});
export type QueueStatus = z.infer<typeof QueueStatusSchema>;

/** States in which a job still needs the main process to act. */
export const OPEN_JOB_STATES: readonly JobState[] = [
  'queued',
  'submitting',
  'submitted',
  'running',
  'succeeded',
  'downloading',
];
