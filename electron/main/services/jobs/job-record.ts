import { z } from 'zod';
import { AppErrorSchema, JobSchema, type Job } from '../../../../shared/domain';

/** What the journal keeps per job: the public view plus what main needs to carry on. */
export const JobRecordSchema = JobSchema.extend({
  /** The exact body sent (or to be sent) to the provider, without the token. */
  body: z.record(z.string(), z.unknown()),
  traceId: z.string().nullable(),
  videoUrl: z.string().nullable(),
  videoId: z.string().nullable(),
  durationSec: z.number().nullable(),
  error: AppErrorSchema.nullable(),
});
export type JobRecord = z.infer<typeof JobRecordSchema>;

export const JournalSchema = z.object({
  version: z.literal(1),
  jobs: z.array(z.unknown()),
});

/** The view the renderer sees. */
export function publicJob(record: JobRecord): Job {
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
  };
}
