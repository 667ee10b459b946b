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

/** How many submissions and downloads are in flight in `jobs`. */
export function workInFlight(jobs: ReadonlyArray<{ state: JobState }>): {
  submissions: number;
  downloads: number;
} {
  let submissions = 0;
  let downloads = 0;
  for (const job of jobs) {
    if (job.state === 'submitting') submissions += 1;
    else if (job.state === 'succeeded' || job.state === 'downloading') downloads += 1;
  }
  return { submissions, downloads };
}

/** True when no download or submission is in flight, so "Restart to update" may be offered. */
export function canRestartToUpdate(jobs: ReadonlyArray<{ state: JobState }>): boolean {
  const work = workInFlight(jobs);
  return work.submissions === 0 && work.downloads === 0;
}
