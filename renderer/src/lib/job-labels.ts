import type { Job, JobState } from '../../../shared/domain';

const STATE_LABELS: Record<JobState, string> = {
  queued: 'Queued',
  submitting: 'Submitting',
  submitted: 'Generating',
  running: 'Generating',
  succeeded: 'Generated',
  downloading: 'Downloading',
  ready: 'Ready',
  failed: 'Failed',
  unknown: 'Unknown — may have been sent',
};

/** Percent downloaded, or null while the size is not known yet. */
export function downloadPercent(job: Job): number | null {
  const total = job.download?.totalBytes;
  if (!job.download || !total || total <= 0) return null;
  return Math.min(100, Math.floor((job.download.receivedBytes / total) * 100));
}

/** The word a person sees for a job's state, with progress while downloading. */
export function jobStateLabel(job: Job): string {
  if (job.state === 'succeeded' && job.downloadBlocked) return 'Succeeded — download blocked';
  const label = STATE_LABELS[job.state];
  const percent = job.state === 'downloading' ? downloadPercent(job) : null;
  return percent === null ? label : `${label} ${percent}%`;
}
