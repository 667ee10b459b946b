import { useShallow } from 'zustand/react/shallow';
import type { Job } from '../../../../shared/domain';
import { isContentRefusal } from '../../../../shared/provider-text';
import { formatElapsed, truncate } from '../../lib/format';
import { jobErrorMessage, jobStateLabel } from '../../lib/job-labels';
import { useTranslation } from '../../i18n';
import { useNow } from '../../lib/use-now';
import { selectQueueStatus, useJobsStore } from '../../stores/jobs-store';
import { selectStripJobs } from '../../stores/job-views';
import { editPrompt } from '../composer/edit-prompt';
import { isHeldByBudget, selectBudgetHeld } from './budget-held';
import { showQueueEntry } from './focus';
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
  // A refused token stops all polling until a new one is saved: open jobs are paused, not working.
  const paused = useJobsStore((state) => selectQueueStatus(state)?.authRequired ?? false);
  // A budget hold keeps queued jobs from being sent until it is released.
  const budgetHeld = useJobsStore(selectBudgetHeld);
  return (
    <section aria-label={t('strip.label')} className="jobs-strip">
      {jobs.length === 0 ? (
        <p className="jobs-strip-empty">{t('strip.empty')}</p>
      ) : (
        <ul className="jobs-strip-list">
          {jobs.map((job) => (
            <StripEntry key={job.id} job={job} now={now} paused={paused} budgetHeld={budgetHeld} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** States in which a job waits on AceData, so a refused token holds it. */
function waitsOnAceData(job: Job): boolean {
  return job.state === 'submitted' || job.state === 'running';
}

interface StripEntryProps {
  job: Job;
  now: number;
  /** A refused token holds every job waiting on AceData. */
  paused: boolean;
  /** The daily budget holds every job not yet sent. */
  budgetHeld: boolean;
}

function StripEntry({ job, now, paused, budgetHeld }: StripEntryProps) {
  const { t } = useTranslation(['jobs', 'studio']);
  const about = truncate(job.prompt, 40);
  const open = isOpenJob(job);
  const held = paused && waitsOnAceData(job);
  const heldByBudget = isHeldByBudget(job, budgetHeld);
  const failure = job.state === 'failed' ? job.error : null;
  const refused = failure !== null && isContentRefusal(failure);
  return (
    // Focusable from code only: focus comes here after Generate, and Tab moves on from it.
    <li className="strip-job" tabIndex={-1} data-strip-job={job.id}>
      <span className="state-label" data-state={held || heldByBudget ? 'paused' : job.state}>
        {held ? t('studio:strip.paused') : heldByBudget ? t('strip.held') : jobStateLabel(job)}
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
      {/* A held job is not moving: a running bar would say otherwise. */}
      {heldByBudget ? null : <JobProgress job={job} about={about} />}
      {held ? (
        <span className="strip-job-error" title={t('studio:strip.pausedWhy')}>
          {t('studio:strip.pausedWhy')}
        </span>
      ) : null}
      {failure ? (
        // A refusal's provider words cut to fit say little; the plain advice fits, and the Jobs
        // panel keeps the full text.
        <span className="strip-job-error" title={jobErrorMessage(failure)}>
          {refused ? t('strip.refused') : truncate(jobErrorMessage(failure), 70)}
        </span>
      ) : null}
      {job.state === 'unknown' ? (
        // Whether it was sent is not known: the explanation and Retry anyway are in the Jobs panel.
        <button
          type="button"
          className="button button-small"
          aria-label={t('actions.named', { action: t('strip.showInJobs'), about })}
          onClick={() => showQueueEntry(job.id)}
        >
          {t('strip.showInJobs')}
        </button>
      ) : null}
      {refused ? (
        // The same request would be refused again: the way on is a changed prompt.
        <button
          type="button"
          className="button button-small"
          aria-label={t('actions.named', { action: t('actions.editPrompt'), about })}
          onClick={() => editPrompt(job.prompt)}
        >
          {t('actions.editPrompt')}
        </button>
      ) : null}
    </li>
  );
}
