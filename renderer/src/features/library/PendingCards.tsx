import { useShallow } from 'zustand/react/shallow';
import { MODEL_NAMES } from '../../../../shared/models';
import { useTranslation } from '../../i18n';
import { formatElapsed, truncate } from '../../lib/format';
import { jobStateLabel } from '../../lib/job-labels';
import { useNow } from '../../lib/use-now';
import { useJobsStore } from '../../stores/jobs-store';
import { selectPendingJobs } from '../../stores/job-views';
import { isHeldByBudget, selectBudgetHeld } from '../jobs/budget-held';
import { elapsedMs } from '../jobs/job-time';
import { JobProgress } from '../jobs/JobProgress';

/**
 * A card for each job of this project still being made, at the head of the results, so a
 * new job is seen where the clips are the moment Generate is pressed. Each card gives way to
 * the clip's own card once the video is downloaded.
 */
export function PendingCards({ projectId }: { projectId: string }) {
  const { t } = useTranslation(['library', 'jobs']);
  const jobs = useJobsStore(useShallow((state) => selectPendingJobs(state, projectId)));
  const now = useNow(jobs.length > 0);
  const budgetHeld = useJobsStore(selectBudgetHeld);
  if (jobs.length === 0) return null;
  return (
    <ul aria-label={t('results.beingMade')} className="pending-cards">
      {jobs.map((job) => {
        const about = truncate(job.prompt, 40);
        const held = isHeldByBudget(job, budgetHeld);
        return (
          <li key={job.id} className="pending-card" data-pending-job={job.id}>
            <span className="pending-thumb">
              <span className="state-label" data-state={held ? 'paused' : job.state}>
                {held ? t('jobs:strip.held') : jobStateLabel(job)}
              </span>
              <span className="job-elapsed">
                <span className="visually-hidden">{t('results.elapsed')}</span>
                {formatElapsed(elapsedMs(job, now))}
              </span>
            </span>
            <span className="pending-info">
              <span className="clip-prompt">{truncate(job.prompt, 140)}</span>
              {/* A held job is not moving: a running bar would say otherwise. */}
              {held ? null : <JobProgress job={job} about={about} />}
              <span className="job-meta">{job.model ? MODEL_NAMES[job.model] : null}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
