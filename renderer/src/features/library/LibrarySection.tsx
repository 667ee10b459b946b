import { useTranslation } from '../../i18n';
import { useOpenClip, useSelectedProject } from '../../query/use-library';
import { SelectionBar } from '../finishing/SelectionBar';
import { PAGE_SIZE } from '../../query/library-queries';
import { ClipDetail } from './ClipDetail';
import { clipNeighbours } from './clip-neighbours';
import { StatsButton } from '../finishing/StatsButton';
import { SpendButton } from '../making/SpendButton';
import { ExportButtons } from './ExportButtons';
import { LibraryFilters } from './LibraryFilters';
import { LibraryResults } from './LibraryResults';
import { OfflineBanner } from './OfflineBanner';
import { useLibraryView } from './use-library-view';

/** The open project: its search and filters, the gallery, and the clip opened from it. */
export function LibrarySection() {
  const { t } = useTranslation('library');
  const project = useSelectedProject();
  return (
    <section aria-label={t('section.title')} className="library">
      <OfflineBanner />
      <header className="library-header">
        <h2 className="section-title">{project ? project.name : t('section.title')}</h2>
        <div className="row">
          <StatsButton />
          <SpendButton />
          {project ? <ExportButtons project={project} /> : null}
        </div>
      </header>
      {project ? (
        // Keyed by project: another project starts from its own first page and filters.
        <ProjectLibrary key={project.id} projectId={project.id} />
      ) : (
        <p className="empty empty-library">{t('section.noProject')}</p>
      )}
    </section>
  );
}

function ProjectLibrary({ projectId }: { projectId: string }) {
  const view = useLibraryView(projectId);
  const { clip, detail, error } = useOpenClip();
  return (
    <>
      <LibraryFilters tags={view.tags} />
      <SelectionBar projectId={projectId} />
      <div className={clip ? 'library-body library-body-split' : 'library-body'}>
        <LibraryResults view={view} projectId={projectId} />
        {clip ? (
          <ClipDetail
            key={clip.id}
            clip={clip}
            detail={detail}
            loadError={error}
            projectTags={view.tags}
            neighbours={clipNeighbours(view.pages, PAGE_SIZE, clip.id)}
          />
        ) : null}
      </div>
    </>
  );
}
