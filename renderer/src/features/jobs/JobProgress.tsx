import type { Job } from '../../../../shared/domain';
import { useTranslation } from '../../i18n';
import { downloadPercent } from '../../lib/job-labels';
import { isOpenJob } from './job-time';

interface JobProgressProps {
  job: Job;
  /** The job's prompt or another short phrase, so several bars on screen are told apart. */
  about: string;
}

/**
 * A bar for a job still under way: the downloaded share once the size is known, otherwise an
 * indeterminate bar (AceData reports no percentage while Kling renders). Nothing for a job that
 * has ended.
 */
export function JobProgress({ job, about }: JobProgressProps) {
  const { t } = useTranslation('jobs');
  if (!isOpenJob(job)) return null;
  const percent = job.state === 'downloading' ? downloadPercent(job) : null;
  if (percent !== null) {
    return (
      <progress
        className="job-progress"
        max={100}
        value={percent}
        aria-label={t('progress.download', { about })}
      />
    );
  }
  return <progress className="job-progress" aria-label={t('progress.working', { about })} />;
}
