import type { Job } from '../../../../shared/domain';
import { isToolKind, OPEN_JOB_STATES } from '../../../../shared/domain';
import { MODEL_NAMES } from '../../../../shared/models';
import { isContentRefusal } from '../../../../shared/provider-text';
import { TOOL_LABELS } from '../../../../shared/tools';
import { useTranslation } from '../../i18n';
import { formatElapsed, truncate } from '../../lib/format';
import { downloadPercent, jobErrorMessage, jobNote, jobStateLabel } from '../../lib/job-labels';
import { JobActions, type QueuePlace } from './JobActions';
import { elapsedMs } from './job-time';

interface JobItemProps {
  job: Job;
  now: number;
  /** Where a queued job waits; null for every other row. */
  place?: QueuePlace | null;
}

export function JobItem({ job, now, place = null }: JobItemProps) {
  const { t } = useTranslation(['jobs', 'common']);
  const percent = job.state === 'downloading' ? downloadPercent(job) : null;
  const open = OPEN_JOB_STATES.includes(job.state);
  const model = job.model ? MODEL_NAMES[job.model] : null;
  return (
    // Focusable from code only: the jobs strip's "Show in Jobs" brings focus here.
    <li className="job" tabIndex={-1} data-queue-job={job.id}>
      <div className="job-head">
        <span className="job-status">
          <span className="state-label" data-state={job.state}>
            {jobStateLabel(job)}
          </span>
          {job.stalled ? <span className="badge badge-warn">{t('item.stalled')}</span> : null}
        </span>
        <span className="job-elapsed">
          <span className="visually-hidden">{open ? t('time.elapsed') : t('time.took')} </span>
          {formatElapsed(elapsedMs(job, now))}
        </span>
      </div>
      <p className="job-prompt" title={job.prompt}>
        {truncate(job.prompt, 90)}
      </p>
      <p className="job-meta">
        {/* The model by the name people know it by, as the cards and the placeholder name it. */}
        {[isToolKind(job.action) ? TOOL_LABELS[job.action] : null, model]
          .filter(Boolean)
          .join(' · ')}
        {place ? ` · ${t('item.inQueue', { place: place.index + 1 })}` : null}
      </p>
      {job.note ? <p className="job-note">{jobNote(job)}</p> : null}
      {percent !== null ? (
        <progress
          className="job-progress"
          max={100}
          value={percent}
          aria-label={t('item.downloadProgress')}
        />
      ) : null}
      {(job.state === 'failed' || job.state === 'unknown' || job.downloadBlocked) && job.error ? (
        <div className="job-error">
          {job.state === 'failed' && isContentRefusal(job.error) ? (
            <p className="job-error-lead">{t('item.refused')}</p>
          ) : null}
          <p>{jobErrorMessage(job.error)}</p>
          {job.error.traceId ? (
            <p className="trace-id">{t('common:traceId', { id: job.error.traceId })}</p>
          ) : null}
        </div>
      ) : null}
      {job.state === 'unknown' ? <p className="job-error">{t('item.unknown')}</p> : null}
      <JobActions job={job} place={place} />
    </li>
  );
}
