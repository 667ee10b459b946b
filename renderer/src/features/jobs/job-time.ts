import type { Job } from '../../../../shared/domain';
import { OPEN_JOB_STATES } from '../../../../shared/domain';

/**
 * Milliseconds a job has taken: open jobs count up to `now`, finished ones stop at their last
 * change. 0 when a timestamp cannot be read.
 */
export function elapsedMs(job: Job, now: number): number {
  const start = Date.parse(job.createdAt);
  const end = OPEN_JOB_STATES.includes(job.state) ? now : Date.parse(job.updatedAt);
  return Number.isNaN(start) || Number.isNaN(end) ? 0 : end - start;
}

/** Whether main still has something to do for this job (send, follow or download it). */
export function isOpenJob(job: Job): boolean {
  return OPEN_JOB_STATES.includes(job.state) && !job.downloadBlocked;
}
