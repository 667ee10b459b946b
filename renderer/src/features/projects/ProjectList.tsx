import { useShallow } from 'zustand/react/shallow';
import {
  selectLibraryActions,
  selectProjects,
  selectSelectedProjectId,
  useLibraryStore,
} from '../../stores/library-store';
import { ProjectItem } from './ProjectItem';

export function ProjectList() {
  const projects = useLibraryStore(selectProjects);
  const selectedId = useLibraryStore(selectSelectedProjectId);
  const { selectProject } = useLibraryStore(useShallow(selectLibraryActions));
  return (
    <nav aria-label="Projects" className="projects">
      <h2 className="section-title">Projects</h2>
      {projects.length === 0 ? (
        <p className="empty">Your projects appear here.</p>
      ) : (
        <ul role="list" className="project-list">
          {projects.map((project) => (
            <ProjectItem
              key={project.id}
              project={project}
              selected={project.id === selectedId}
              onSelect={() => void selectProject(project.id)}
            />
          ))}
        </ul>
      )}
    </nav>
  );
}
