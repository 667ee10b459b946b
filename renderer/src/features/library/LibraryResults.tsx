import { ErrorAlert } from '../../components/ErrorAlert';
import { selectPendingJobs } from '../../stores/job-views';
import { useJobsStore } from '../../stores/jobs-store';
import { useLibraryStore } from '../../stores/library-store';
import { Gallery } from './Gallery';
import { PendingCards } from './PendingCards';
import type { LibraryView } from './use-library-view';

interface LibraryResultsProps {
  view: LibraryView;
  projectId: string;
}

/**
 * Cards for the jobs being made, then the gallery, or a sentence that says why there is
 * nothing in it.
 */
export function LibraryResults({ view, projectId }: LibraryResultsProps) {
  const { total, filtered, error } = view;
  const clearFilters = useLibraryStore((state) => state.clearFilters);
  const making = useJobsStore((state) => selectPendingJobs(state, projectId).length > 0);

  let empty = null;
  if (total === 0 && filtered) {
    empty = (
      <div className="empty empty-library" role="status">
        <p>No clips match these filters.</p>
        <p>
          <button type="button" className="button" onClick={clearFilters}>
            Clear filters
          </button>
        </p>
      </div>
    );
  } else if (total === 0 && !making) {
    // Not beside placeholder cards: "no videos yet" would read as if the new job had failed.
    empty = (
      <div className="empty empty-library">
        <p>No videos in this project yet.</p>
        <p>
          Write a prompt in the composer on the right and press Generate. When Kling has made the
          video, Kling Studio downloads it here so it plays even offline.
        </p>
      </div>
    );
  }
  return (
    <div className="library-results">
      {error ? <ErrorAlert error={error} /> : null}
      <PendingCards projectId={projectId} />
      {empty ??
        (total === 0 ? null : total === null ? (
          <p className="empty" role="status">
            Loading clips…
          </p>
        ) : (
          <Gallery total={total} view={view} />
        ))}
    </div>
  );
}
