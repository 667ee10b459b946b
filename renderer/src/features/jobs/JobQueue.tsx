import { useShallow } from 'zustand/react/shallow';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useTranslation } from '../../i18n';
import { useNow } from '../../lib/use-now';
import {
  selectActiveJobs,
  selectAnnouncement,
  selectFinishedJobs,
  selectJobsLoadError,
  selectQueueActionError,
  selectQueuedJobs,
  useJobsStore,
} from '../../stores/jobs-store';
import { JobGroup } from './JobGroup';
import { QueueBanners } from './QueueBanners';
import { QueueHeader } from './QueueHeader';

export function JobQueue() {
  const { t } = useTranslation('jobs');
  const active = useJobsStore(useShallow(selectActiveJobs));
  const queued = useJobsStore(useShallow(selectQueuedJobs));
  const finished = useJobsStore(useShallow(selectFinishedJobs));
  const announcement = useJobsStore(selectAnnouncement);
  const loadError = useJobsStore(selectJobsLoadError);
  const actionError = useJobsStore(selectQueueActionError);
  // Tick only while something is still moving; finished rows show a fixed duration.
  const now = useNow(active.length + queued.length > 0);
  const empty = active.length + queued.length + finished.length === 0;

  return (
    <section aria-label={t('queue.label')} className="card jobs">
      <QueueHeader />
      <p role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
      <QueueBanners />
      {loadError ? <ErrorAlert error={loadError} /> : null}
      {actionError ? <ErrorAlert error={actionError} /> : null}
      {empty ? (
        <p className="empty">{t('queue.empty')}</p>
      ) : (
        <>
          <JobGroup title={t('queue.inProgress')} jobs={active} now={now} />
          <JobGroup title={t('queue.waiting')} jobs={queued} now={now} queue />
          <JobGroup title={t('queue.finished')} jobs={finished} now={now} />
        </>
      )}
    </section>
  );
}
