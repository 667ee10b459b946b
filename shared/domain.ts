import { z } from 'zod';
import { ErrorCodeSchema } from './app-error';
import { MODEL_IDS } from './models';
import { ruleText } from './rule-text';
import { WordingSchema } from './wording';

/** Limits that hold for every model (the provider's own field limits). */
export const PROMPT_MAX_CHARS = 2500;

const Id = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/, 'not an id');
export const IdSchema = Id;

/** An image checked by main and held for a frame or reference; the window sees no path. */
export const StagedImageSchema = z.object({
  id: Id,
  name: z.string().max(260),
  /** `file`: checked by main from its bytes; `url`: an address the user gave, not fetched. */
  source: z.enum(['file', 'url']),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
  sizeBytes: z.number().int().positive().nullable(),
  mime: z.enum(['image/png', 'image/jpeg']).nullable(),
  /** A thumbnail through the media scheme. */
  previewUrl: z.string(),
  /** The public URL once uploaded (or when it came from a URL); null until then. */
  url: z.string().nullable(),
  /** For a still saved from a library clip: which clip, and where in it (seconds). */
  frameOf: z.object({ clipId: Id, atSec: z.number().nonnegative() }).optional(),
});
export type StagedImage = z.infer<typeof StagedImageSchema>;

export const TokenStatusSchema = z.object({
  hasToken: z.boolean(),
  /** Only the last four characters ever leave the main process. */
  last4: z.string().max(4).nullable(),
  storage: z.enum(['keychain', 'memory', 'environment', 'none']),
  /** A sentence for the user when the token cannot be kept safely across restarts. */
  warning: z.string().nullable(),
  /** The separate platform token that AceData's file upload needs. */
  platform: z
    .object({ hasToken: z.boolean(), last4: z.string().max(4).nullable() })
    .default({ hasToken: false, last4: null }),
});
export type TokenStatus = z.infer<typeof TokenStatusSchema>;

export const ProjectSchema = z.object({
  id: Id,
  name: z.string(),
  clipCount: z.number().int().nonnegative(),
  /** Sidecars that could not be read and were set aside, so the user can be told. */
  problems: z.array(z.string()).default([]),
  /**
   * What deleting the project does to which files, worded by main for the confirmation: a
   * project in the workspace goes to the trash; a folder opened from elsewhere is only
   * removed from the app.
   */
  deletion: z
    .object({
      action: z.enum(['trash', 'forget']),
      title: z.string(),
      body: z.string(),
      confirmLabel: z.string(),
    })
    .optional(),
});
export const ProjectNameSchema = z
  .string()
  .trim()
  .min(1, { error: () => ruleText('rules:names.project') })
  .max(120);
export type Project = z.infer<typeof ProjectSchema>;

export const ACTIONS = ['text2video', 'image2video', 'extend'] as const;
export const ActionSchema = z.enum(ACTIONS);
export type Action = z.infer<typeof ActionSchema>;

/** The other Kling endpoints (AceData Kling API docs §10), each a kind of job and clip. */
export const TOOL_KINDS = ['motion', 'lip-sync', 'talking-photo'] as const;
export type ToolKind = (typeof TOOL_KINDS)[number];

/** What made a clip: one of the video actions or one of the tools. */
export const CLIP_KINDS = [...ACTIONS, ...TOOL_KINDS] as const;
export const ClipKindSchema = z.enum(CLIP_KINDS);
export type ClipKind = z.infer<typeof ClipKindSchema>;

export function isToolKind(kind: string): kind is ToolKind {
  return (TOOL_KINDS as readonly string[]).includes(kind);
}

/** What a project's clip list can be exported as. */
export const ExportFormatSchema = z.enum(['csv', 'json']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const ClipSchema = z.object({
  id: Id,
  projectId: Id,
  jobId: Id,
  /** A video action, or the tool that made the clip. */
  action: ClipKindSchema,
  /** Null for tools that take no model (lip-sync, talking photo). */
  model: z.enum(MODEL_IDS).nullable(),
  prompt: z.string(),
  taskId: z.string(),
  videoId: z.string().nullable(),
  durationSec: z.number().nullable(),
  sizeBytes: z.number().int().nonnegative(),
  sha256: z.string(),
  createdAt: z.string(),
  /** Where the renderer plays it: the app's media scheme, never a file path. */
  mediaUrl: z.string(),
  /** The clip this one extends or lip-syncs, if any. */
  parentClipId: Id.nullable().default(null),
  mode: z.string().nullable().default(null),
  favourite: z.boolean().default(false),
  tags: z.array(z.string().max(40)).max(50).default([]),
  rating: z.number().int().min(0).max(5).default(0),
  note: z.string().max(2000).default(''),
  /** A still from the video itself, through the media scheme; null until one was made. */
  posterUrl: z.string().nullable().default(null),
  /** `missing` when its sidecar is there but the video was removed outside the app. */
  status: z.enum(['ready', 'missing']).default('ready'),
});
export type Clip = z.infer<typeof ClipSchema>;

/** What a tool took in: its role, the address sent, and the local file's name when there was one. */
export const ClipSourceSchema = z.object({
  role: z.enum(['characterImage', 'motionVideo', 'photo', 'video', 'audio']),
  url: z.string().max(4096),
  name: z.string().max(260).nullable().default(null),
});
export type ClipSource = z.infer<typeof ClipSourceSchema>;
/** One clip inside a joined clip: which, and where it plays in the joined video (seconds). */
export const StitchedPartSchema = z.object({
  clipId: Id,
  prompt: z.string(),
  startSec: z.number().nonnegative(),
  durationSec: z.number().nonnegative(),
});
export type StitchedPart = z.infer<typeof StitchedPartSchema>;

export const INPUT_IMAGE_ROLES = [
  'startFrame',
  'endFrame',
  'reference',
  'characterImage',
  'photo',
] as const;
/**
 * A picture a clip was made from. `previewUrl` addresses the local copy it was uploaded from,
 * only ever a staged image (`kling-media://image/…`, `/media/image/…` in the test harness);
 * null when no copy of exactly that upload is on this computer.
 */
export const InputImageSchema = z.object({
  role: z.enum(INPUT_IMAGE_ROLES),
  url: z.string().max(4096),
  previewUrl: z
    .string()
    .regex(/^(kling-media:\/\/|\/media\/)image\/img_[0-9a-f]{16}$/)
    .nullable(),
});
export type InputImage = z.infer<typeof InputImageSchema>;

/** Everything about one clip, for the detail view: every parameter and its lineage. */
export const ClipDetailSchema = ClipSchema.extend({
  parameters: z.record(z.string(), z.unknown()),
  /** Settings the provider filled in because `parameters` left them out, same field names. */
  defaults: z.record(z.string(), z.unknown()).default({}),
  sourceUrl: z.string(),
  submittedAt: z.string(),
  /** Seconds AceData billed for it; null when the answer did not say (older clips). */
  billedSec: z.number().nullable().default(null),
  /** The inputs a tool was given (motion, lip-sync by URL, talking photo); empty otherwise. */
  sources: z.array(ClipSourceSchema).default([]),
  parent: ClipSchema.nullable(),
  children: z.array(ClipSchema),
  /** Seconds into the parent of the frame this clip started from (continued from a frame). */
  parentFrameSec: z.number().nullable().default(null),
  /** For a joined clip: the clips it was made of, in the order they play. */
  parts: z.array(StitchedPartSchema).default([]),
  /** Start/end frames, references and a tool's picture, each with a thumbnail when kept here. */
  inputImages: z.array(InputImageSchema).max(20).default([]),
});
export type ClipDetail = z.infer<typeof ClipDetailSchema>;

export const LIBRARY_SORTS = ['newest', 'oldest', 'rating', 'duration'] as const;

export const LibraryQuerySchema = z
  .object({
    projectId: Id,
    /** Words that must all appear in the prompt (or negative prompt, tags, note). */
    text: z.string().max(500).optional(),
    actions: z.array(ClipKindSchema).max(CLIP_KINDS.length).optional(),
    models: z.array(z.enum(MODEL_IDS)).max(MODEL_IDS.length).optional(),
    modes: z.array(z.string().max(8)).max(3).optional(),
    statuses: z
      .array(z.enum(['ready', 'missing']))
      .max(2)
      .optional(),
    favourite: z.boolean().optional(),
    tags: z.array(z.string().max(40)).max(20).optional(),
    /** ISO dates, inclusive. */
    from: z.string().max(40).optional(),
    to: z.string().max(40).optional(),
    sort: z.enum(LIBRARY_SORTS).default('newest'),
    offset: z.number().int().nonnegative().max(1_000_000).default(0),
    limit: z.number().int().positive().max(1_000).default(200),
  })
  .strict();
export type LibraryQuery = z.input<typeof LibraryQuerySchema>;

export const LibraryPageSchema = z.object({
  total: z.number().int().nonnegative(),
  clips: z.array(ClipSchema),
  /** Every tag used in the project, for the filter. */
  tags: z.array(z.string()),
});
export type LibraryPage = z.infer<typeof LibraryPageSchema>;

export const ClipChangeSchema = z
  .object({
    clipId: Id,
    favourite: z.boolean().optional(),
    tags: z.array(z.string().trim().min(1).max(40)).max(50).optional(),
    rating: z.number().int().min(0).max(5).optional(),
    note: z.string().max(2000).optional(),
  })
  .strict();

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
  code: ErrorCodeSchema,
  /** What happened and what to do next, in words for a person. */
  message: z.string(),
  traceId: z.string().nullable().optional(),
  /**
   * What the message is when it is one of the app's own (a key and its values), so the window
   * words it in the language shown now; `message` stays as written then, for older readers.
   */
  // A wording this version cannot read falls back to `message`, rather than losing the job.
  text: WordingSchema.optional().catch(undefined),
});
export type AppErrorInfo = z.infer<typeof AppErrorSchema>;

export const JobSchema = z.object({
  id: Id,
  projectId: Id,
  action: ClipKindSchema,
  model: z.enum(MODEL_IDS).nullable(),
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
  /** What the note is (a key and its values), to word it in the language shown now; null for notes kept as text. */
  noteText: WordingSchema.nullable().default(null).catch(null),
  /** Place in the submission queue, for queued jobs. */
  queuePosition: z.number().int().nonnegative().nullable().default(null),
  /** The clip this job extends or lip-syncs. */
  parentClipId: Id.nullable().default(null),
  /** Seconds AceData billed for the result, once it is known. */
  billedSec: z.number().nullable().default(null),
  /**
   * The video was made, but its address is on a host outside the allowed list: kept here, not
   * downloaded until the person allows that host for this job. Null otherwise.
   */
  downloadBlocked: z.object({ host: z.string(), url: z.string() }).nullable().default(null),
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
  /** Why the queue holds its next job for the daily budget, in words; null when it does not. */
  budgetHold: z.string().nullable().default(null),
  /** The same reason as a wording, so the window words it in the language shown now. */
  budgetHoldText: WordingSchema.nullable().default(null),
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
