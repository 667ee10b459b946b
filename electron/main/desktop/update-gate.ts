import type { JobState } from '../../../shared/domain';

/**
 * Job states during which quitting would cut something off: a submission whose answer is on
 * its way ("may have been sent"), a result waiting to be fetched, a download in progress.
 * Queued, submitted and running jobs survive a restart through the journal.
 */
export const RESTART_BLOCKING_STATES: readonly JobState[] = [
  'submitting',
  'succeeded',
  'downloading',
];

/** What the gate reads of a job: its state and whether its download waits on the person. */
export interface GatedJob {
  state: JobState;
  /** Set while the result's host waits for the person's decision (see `Job.downloadBlocked`). */
  downloadBlocked?: unknown;
}

/**
 * How many submissions and downloads are in flight in `jobs`. A succeeded job whose download
 * is blocked on an unknown host is not counted: nothing moves until the person decides, which
 * may be never, and its address is kept in the journal across a restart.
 */
export function workInFlight(jobs: ReadonlyArray<GatedJob>): {
  submissions: number;
  downloads: number;
} {
  let submissions = 0;
  let downloads = 0;
  for (const job of jobs) {
    if (job.state === 'submitting') submissions += 1;
    else if (job.state === 'succeeded' && job.downloadBlocked) continue;
    else if (job.state === 'succeeded' || job.state === 'downloading') downloads += 1;
  }
  return { submissions, downloads };
}

/** True when no download or submission is in flight, so "Restart to update" may be offered. */
export function canRestartToUpdate(jobs: ReadonlyArray<GatedJob>): boolean {
  const work = workInFlight(jobs);
  return work.submissions === 0 && work.downloads === 0;
}
