import { useShallow } from 'zustand/react/shallow';
import { OPEN_JOB_STATES } from '../../../../shared/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNow } from '../../lib/use-now';
import {
  selectAnnouncement,
  selectJobsLoadError,
  selectJobsNewestFirst,
  useJobsStore,
} from '../../stores/jobs-store';
import { JobItem } from './JobItem';

export function JobQueue() {
  const jobs = useJobsStore(useShallow(selectJobsNewestFirst));
  const announcement = useJobsStore(selectAnnouncement);
  const loadError = useJobsStore(selectJobsLoadError);
  // Tick only while something is still moving; finished rows show a fixed duration.
  const now = useNow(jobs.some((job) => OPEN_JOB_STATES.includes(job.state)));

  return (
    <section aria-label="Jobs" className="card jobs">
      <h2 className="card-title">Jobs</h2>
      <p role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
      {loadError ? <ErrorAlert error={loadError} /> : null}
      {jobs.length === 0 ? (
        <p className="empty">Jobs you start appear here while they are made and downloaded.</p>
      ) : (
        <ul role="list" className="job-list">
          {jobs.map((job) => (
            <JobItem key={job.id} job={job} now={now} />
          ))}
        </ul>
      )}
    </section>
  );
}
