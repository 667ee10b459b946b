import { useId } from 'react';
import type { Job } from '../../../../shared/domain';
import { JobItem } from './JobItem';

interface JobGroupProps {
  title: string;
  jobs: readonly Job[];
  now: number;
  /** Rows are in send order and can be reordered. */
  queue?: boolean;
}

export function JobGroup({ title, jobs, now, queue = false }: JobGroupProps) {
  const titleId = useId();
  if (jobs.length === 0) return null;
  return (
    <div className="job-group">
      <h3 id={titleId} className="job-group-title">
        {title}
      </h3>
      <ul aria-labelledby={titleId} className="job-list">
        {jobs.map((job, index) => (
          <JobItem
            key={job.id}
            job={job}
            now={now}
            place={queue ? { index, length: jobs.length } : null}
          />
        ))}
      </ul>
    </div>
  );
}
