import type { ModelStats } from '../../../../shared/model-stats';
import type { JobRecord } from '../jobs/job-record';

type StatsInput = Pick<
  JobRecord,
  'model' | 'state' | 'error' | 'submittedAt' | 'updatedAt' | 'durationSec' | 'billedSec'
>;

/** States after the provider made the video. */
const MADE = new Set<JobRecord['state']>(['succeeded', 'downloading', 'ready']);

/**
 * Statistics per model from the job journal, models with jobs only, most used first; jobs
 * without a model (lip-sync, talking photo) are left out.
 * Time to finish runs from `submittedAt` (the provider accepted the job) to `updatedAt` of a
 * ready job (its clip was recorded), so it includes the download. Billed seconds add up, for
 * the tasks that succeeded, the seconds AceData billed (`usage.duration`, AceData Kling API
 * notes §10), or for jobs from before the app kept it, the video length the provider reported.
 */
export function modelStatistics(records: readonly StatsInput[]): ModelStats[] {
  const byModel = new Map<NonNullable<JobRecord['model']>, StatsInput[]>();
  for (const record of records) {
    // Lip-sync and talking photo run on no model the user chose: they have no row here.
    if (record.model === null) continue;
    const list = byModel.get(record.model) ?? [];
    list.push(record);
    byModel.set(record.model, list);
  }
  const stats = [...byModel].map(([model, jobs]): ModelStats => {
    const ready = jobs.filter((job) => job.state === 'ready');
    const failed = jobs.filter((job) => job.state === 'failed');
    const reasons = new Map<string, number>();
    for (const job of failed) {
      const code = job.error?.code ?? 'unknown';
      reasons.set(code, (reasons.get(code) ?? 0) + 1);
    }
    const finished = ready.length + failed.length;
    return {
      model,
      jobs: jobs.length,
      finished,
      failed: failed.length,
      failureRate: finished === 0 ? null : failed.length / finished,
      failureReasons: [...reasons]
        .map(([code, count]) => ({ code, count }))
        .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
      medianSecondsToFinish: median(
        ready.flatMap((job) => {
          if (!job.submittedAt) return [];
          const seconds = (Date.parse(job.updatedAt) - Date.parse(job.submittedAt)) / 1000;
          return Number.isFinite(seconds) && seconds >= 0 ? [seconds] : [];
        }),
      ),
      billedSeconds: jobs
        .filter((job) => MADE.has(job.state))
        .reduce((sum, job) => sum + (job.billedSec ?? job.durationSec ?? 0), 0),
    };
  });
  return stats.sort((a, b) => b.jobs - a.jobs || a.model.localeCompare(b.model));
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? null)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
