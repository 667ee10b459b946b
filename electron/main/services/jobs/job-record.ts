import { z } from 'zod';
import { AppErrorSchema, ClipSourceSchema, JobSchema, type Job } from '../../../../shared/domain';

/** A job whose video hops across more unlisted hosts than this is not a CDN at work. */
export const MAX_ALLOWED_HOSTS = 5;

/** What the journal keeps per job: the public view plus what main needs to carry on. */
export const JobRecordSchema = JobSchema.omit({ stalled: true, queuePosition: true }).extend({
  /** The exact body sent (or to be sent) to the provider, without the token. */
  body: z.record(z.string(), z.unknown()),
  traceId: z.string().nullable(),
  videoUrl: z.string().nullable(),
  videoId: z.string().nullable(),
  durationSec: z.number().nullable(),
  billedSec: z.number().nullable().default(null),
  error: AppErrorSchema.nullable(),
  /** Order in the submission queue; lower goes first. */
  rank: z.number().default(0),
  /** When the provider accepted the job (it has a task id from then on). */
  submittedAt: z.string().nullable().default(null),
  clientRequestId: z.string().nullable().default(null),
  /** When the app learned that the task had finished making the video. */
  finishedAt: z.string().nullable().default(null),
  /** What a tool was given, for the clip's lineage; empty for videos. */
  sources: z.array(ClipSourceSchema).default([]),
  /** Seconds into the parent clip of the still this job starts from (continue from a frame). */
  parentFrameSec: z.number().nullable().default(null),
  /** Result hosts the person allowed for this job alone, after its download was blocked. */
  allowedHosts: z.array(z.string()).max(MAX_ALLOWED_HOSTS).default([]),
});
export type JobRecord = z.infer<typeof JobRecordSchema>;

export const JournalSchema = z.object({
  version: z.literal(1),
  jobs: z.array(z.unknown()),
  paused: z.boolean().default(false),
});
export type JournalFile = z.infer<typeof JournalSchema>;

export interface PublicJobContext {
  now: number;
  deadlineMs: number;
  queuePosition: number | null;
}

/** The view the renderer sees. */
export function publicJob(record: JobRecord, context: PublicJobContext): Job {
  const runningSince = record.submittedAt ? Date.parse(record.submittedAt) : null;
  const following = record.state === 'submitted' || record.state === 'running';
  return {
    id: record.id,
    projectId: record.projectId,
    action: record.action,
    model: record.model,
    prompt: record.prompt,
    state: record.state,
    taskId: record.taskId,
    clipId: record.clipId,
    error: record.error,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    download: record.download,
    note: record.note,
    noteText: record.noteText,
    stalled: following && runningSince !== null && context.now - runningSince > context.deadlineMs,
    queuePosition: context.queuePosition,
    parentClipId: record.parentClipId,
    billedSec: record.billedSec,
    downloadBlocked: record.downloadBlocked,
  };
}
