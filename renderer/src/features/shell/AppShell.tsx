import { Composer } from '../composer/Composer';
import { JobQueue } from '../jobs/JobQueue';
import { LibrarySection } from '../library/LibrarySection';
import { ProjectList } from '../projects/ProjectList';
import { EndpointNotice } from './EndpointNotice';
import { useKeepAProjectOpen } from '../../query/use-library';
import { TopBar } from './TopBar';

/** Projects on the left, the library in the middle, making and following jobs on the right. */
export function AppShell() {
  useKeepAProjectOpen();
  return (
    <div className="shell">
      <TopBar />
      <EndpointNotice />
      <div className="workspace">
        <aside className="pane pane-projects">
          <ProjectList />
        </aside>
        <main className="pane pane-library">
          <LibrarySection />
        </main>
        <aside className="pane pane-make">
          <Composer />
          <JobQueue />
        </aside>
      </div>
    </div>
  );
}
