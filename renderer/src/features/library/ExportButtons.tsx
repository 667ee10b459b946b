import { ErrorAlert } from '../../components/ErrorAlert';
import { useTranslation } from '../../i18n';
import type { Project } from '../../../../shared/domain';
import { useLibraryStore } from '../../stores/library-store';

interface ExportButtonsProps {
  project: Project;
}

/** Writes the project's clip list (every parameter, tag and note) where the person chooses. */
export function ExportButtons({ project }: ExportButtonsProps) {
  const { t } = useTranslation('library');
  const exportProject = useLibraryStore((state) => state.exportProject);
  const exportedTo = useLibraryStore((state) => state.exportedTo);
  const error = useLibraryStore((state) => state.exportError);
  return (
    <div className="export">
      <div className="row">
        <button
          type="button"
          className="button button-small"
          onClick={() => void exportProject(project.id, 'csv')}
        >
          {t('exports.csv')}
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() => void exportProject(project.id, 'json')}
        >
          {t('exports.json')}
        </button>
      </div>
      <p role="status" className="export-notice">
        {exportedTo ? t('notices.exportedTo', { path: exportedTo }) : null}
      </p>
      {error ? <ErrorAlert error={error} /> : null}
    </div>
  );
}
