import { selectOpenClip, selectSelectedProject, useLibraryStore } from '../../stores/library-store';
import { ClipDetail } from './ClipDetail';
import { ExportButtons } from './ExportButtons';
import { LibraryFilters } from './LibraryFilters';
import { LibraryResults } from './LibraryResults';
import { OfflineBanner } from './OfflineBanner';

/** The open project: its search and filters, the gallery, and the clip opened from it. */
export function LibrarySection() {
  const project = useLibraryStore(selectSelectedProject);
  const clip = useLibraryStore(selectOpenClip);
  return (
    <section aria-label="Library" className="library">
      <OfflineBanner />
      <header className="library-header">
        <h2 className="section-title">{project ? project.name : 'Library'}</h2>
        {project ? <ExportButtons project={project} /> : null}
      </header>
      {project ? (
        <>
          <LibraryFilters />
          <div className={clip ? 'library-body library-body-split' : 'library-body'}>
            <LibraryResults />
            {clip ? <ClipDetail key={clip.id} clip={clip} /> : null}
          </div>
        </>
      ) : (
        <p className="empty empty-library">
          Create a project in the sidebar, or open a folder of clips you already have.
        </p>
      )}
    </section>
  );
}
