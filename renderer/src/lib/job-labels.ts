import type { AppErrorInfo, Job } from '../../../shared/domain';
import { shownText } from '../../../shared/wording';
import { t } from '../i18n';

/** Percent downloaded, or null while the size is not known yet. */
export function downloadPercent(job: Job): number | null {
  const total = job.download?.totalBytes;
  if (!job.download || !total || total <= 0) return null;
  return Math.min(100, Math.floor((job.download.receivedBytes / total) * 100));
}

/**
 * The word a person sees for a job's state, with progress while downloading, in the current
 * language (read at each call, so a redraw after a switch shows the new one).
 */
export function jobStateLabel(job: Job): string {
  if (job.state === 'succeeded' && job.downloadBlocked) return t('jobs:state.downloadBlocked');
  const percent = job.state === 'downloading' ? downloadPercent(job) : null;
  return percent === null
    ? t(`jobs:state.${job.state}`)
    : t('jobs:state.downloadingPercent', { percent });
}

/**
 * A job's note in the current language: from its wording when main kept one, else the words
 * main wrote (journals from before wordings were kept).
 */
export function jobNote(job: Job): string | null {
  return job.note === null ? null : shownText(job.note, job.noteText);
}

/**
 * A job's error message in the current language, worded as `jobNote`; a provider's own words
 * inside it stay as the provider wrote them.
 */
export function jobErrorMessage(error: AppErrorInfo): string {
  return shownText(error.message, error.text);
}
