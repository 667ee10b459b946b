import { useShallow } from 'zustand/react/shallow';
import type { Job } from '../../../../shared/domain';
import { formatElapsed, truncate } from '../../lib/format';
import { jobStateLabel } from '../../lib/job-labels';
import { useTranslation } from '../../i18n';
import { useNow } from '../../lib/use-now';
import { useJobsStore } from '../../stores/jobs-store';
import { selectStripJobs } from '../../stores/job-views';
import { elapsedMs, isOpenJob } from './job-time';
import { JobProgress } from './JobProgress';
import { OpenClipButton } from './OpenClipButton';

/** Jobs that ended before this window opened are left to the queue panel. */
const WINDOW_OPENED_AT = Date.now();

/**
 * A thin strip under the top bar that is always in view, whatever pane is scrolled: each job
 * of this session with its stage, elapsed time and progress, and *Open clip* once it is ready.
 */
export function JobsStrip() {
  const jobs = useJobsStore(useShallow((state) => selectStripJobs(state, WINDOW_OPENED_AT)));
  const now = useNow(jobs.some(isOpenJob));
  const { t } = useTranslation('jobs');
  return (
    <section aria-label={t('strip.label')} className="jobs-strip">
      {jobs.length === 0 ? (
        <p className="jobs-strip-empty">{t('strip.empty')}</p>
      ) : (
        <ul className="jobs-strip-list">
          {jobs.map((job) => (
            <StripEntry key={job.id} job={job} now={now} />
          ))}
        </ul>
      )}
    </section>
  );
}

function StripEntry({ job, now }: { job: Job; now: number }) {
  const { t } = useTranslation('jobs');
  const about = truncate(job.prompt, 40);
  const open = isOpenJob(job);
  return (
    // Focusable from code only: focus comes here after Generate, and Tab moves on from it.
    <li className="strip-job" tabIndex={-1} data-strip-job={job.id}>
      <span className="state-label" data-state={job.state}>
        {jobStateLabel(job)}
      </span>
      <span className="strip-job-prompt" title={job.prompt}>
        {about}
      </span>
      <span className="job-elapsed">
        <span className="visually-hidden">{open ? t('time.elapsed') : t('time.took')} </span>
        {formatElapsed(elapsedMs(job, now))}
      </span>
      {job.state === 'ready' && job.clipId ? (
        <OpenClipButton clipId={job.clipId} about={about} />
      ) : null}
      <JobProgress job={job} about={about} />
      {job.state === 'failed' && job.error ? (
        <span className="strip-job-error" title={job.error.message}>
          {truncate(job.error.message, 70)}
        </span>
      ) : null}
    </li>
  );
}
