import { ErrorAlert } from '../../components/ErrorAlert';
import { useTranslation } from '../../i18n';
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
  const { t } = useTranslation('library');
  const { total, filtered, error } = view;
  const clearFilters = useLibraryStore((state) => state.clearFilters);
  const making = useJobsStore((state) => selectPendingJobs(state, projectId).length > 0);

  let empty = null;
  if (total === 0 && filtered) {
    empty = (
      <div className="empty empty-library" role="status">
        <p>{t('results.noMatch')}</p>
        <p>
          <button type="button" className="button" onClick={clearFilters}>
            {t('results.clearFilters')}
          </button>
        </p>
      </div>
    );
  } else if (total === 0 && !making) {
    // Not beside placeholder cards: "no videos yet" would read as if the new job had failed.
    empty = (
      <div className="empty empty-library">
        <p>{t('results.empty')}</p>
        <p>{t('results.emptyHelp')}</p>
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
            {t('results.loading')}
          </p>
        ) : (
          <Gallery total={total} view={view} />
        ))}
    </div>
  );
}
