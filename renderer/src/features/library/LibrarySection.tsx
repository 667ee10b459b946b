import { ErrorAlert } from '../../components/ErrorAlert';
import {
  selectLibraryError,
  selectSelectedClip,
  selectSelectedProject,
  useLibraryStore,
} from '../../stores/library-store';
import { ClipPlayer } from './ClipPlayer';
import { LibraryGrid } from './LibraryGrid';

export function LibrarySection() {
  const project = useLibraryStore(selectSelectedProject);
  const clip = useLibraryStore(selectSelectedClip);
  const error = useLibraryStore(selectLibraryError);
  return (
    <section aria-label="Library" className="library stack">
      <h2 className="section-title">{project ? project.name : 'Library'}</h2>
      {error ? <ErrorAlert error={error} /> : null}
      {clip ? <ClipPlayer clip={clip} /> : null}
      <LibraryGrid />
    </section>
  );
}
