import type { Job } from '../../../shared/domain';
import { OPEN_JOB_STATES } from '../../../shared/domain';
import type { JobsState } from './jobs-store';

/** The strip has room for this many; the queue panel lists every job. */
export const STRIP_LIMIT = 12;

function newestFirst(a: Job, b: Job): number {
  return Date.parse(b.createdAt) - Date.parse(a.createdAt);
}

function isOpen(job: Job): boolean {
  return OPEN_JOB_STATES.includes(job.state);
}

/**
 * What the always-visible jobs strip shows: every open job, then those that ended at or after
 * `sinceMs` (epoch ms, the window's start), newest first within each, at most `STRIP_LIMIT`.
 * Older finished jobs stay in the queue panel only. Builds a new array: select with useShallow.
 */
export function selectStripJobs(state: JobsState, sinceMs: number): Job[] {
  const jobs = Object.values(state.byId);
  const open = jobs.filter(isOpen).sort(newestFirst);
  const ended = jobs
    .filter((job) => !isOpen(job) && Date.parse(job.updatedAt) >= sinceMs)
    .sort(newestFirst);
  return [...open, ...ended].slice(0, STRIP_LIMIT);
}

/**
 * Open jobs that will become clips of `projectId`, newest first: the library shows each as a
 * placeholder card until its clip arrives. Select with useShallow.
 */
export function selectPendingJobs(state: JobsState, projectId: string): Job[] {
  return Object.values(state.byId)
    .filter((job) => job.projectId === projectId && isOpen(job) && !job.downloadBlocked)
    .sort(newestFirst);
}
