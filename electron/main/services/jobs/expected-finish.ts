import type { JobRecord } from './job-record';

/** Finished jobs looked at per model: recent enough to follow a change in the provider's pace. */
const RECENT_RUNS = 50;
/** A job younger than this share of the shortest recent run of its model is not done yet. */
const YOUNG_SHARE = 0.75;

/**
 * The shortest time from acceptance to a finished video among the recent jobs of each model
 * in `jobs` (milliseconds, by model id). Measured to when the app learned of the finish, so it
 * leans long by at most one poll interval; `YOUNG_SHARE` leaves room for that.
 */
export function shortestRunsMs(jobs: readonly JobRecord[]): Map<string, number> {
  const runs = new Map<string, number[]>();
  for (const job of jobs) {
    if (!job.model || !job.submittedAt || !job.finishedAt) continue;
    const ms = Date.parse(job.finishedAt) - Date.parse(job.submittedAt);
    if (!(ms > 0)) continue;
    const list = runs.get(job.model) ?? [];
    list.push(ms);
    runs.set(job.model, list);
  }
  const shortest = new Map<string, number>();
  for (const [model, list] of runs) shortest.set(model, Math.min(...list.slice(-RECENT_RUNS)));
  return shortest;
}

/**
 * Whether `job` is too young to have finished, judged by the shortest recent run of its model
 * (see `shortestRunsMs`). Without a finished job of that model to go by, no job is young.
 */
export function isYoung(job: JobRecord, shortestMs: Map<string, number>, nowMs: number): boolean {
  const shortest = job.model ? shortestMs.get(job.model) : undefined;
  if (shortest === undefined || !job.submittedAt) return false;
  return nowMs - Date.parse(job.submittedAt) < shortest * YOUNG_SHARE;
}
