import { useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useTranslation } from '../../i18n';
import {
  selectProjectActions,
  selectProjectError,
  selectSelectedProjectId,
  useLibraryStore,
} from '../../stores/library-store';
import { useProjects } from '../../query/library-queries';
import { ProjectItem } from './ProjectItem';
import { ProjectNameForm } from './ProjectNameForm';
import { useProjectsInLanguage } from './use-projects-in-language';

/** The sidebar: every project, the open one's actions, and making or opening another. */
export function ProjectList() {
  const { t } = useTranslation(['projects', 'common']);
  const { projects, error: listError } = useProjects();
  useProjectsInLanguage();
  const selectedId = useLibraryStore(selectSelectedProjectId);
  const actionError = useLibraryStore(selectProjectError);
  // An action's failure is newer than a failed read of the list.
  const error = actionError ?? listError;
  const { createProject, openFolder } = useLibraryStore(useShallow(selectProjectActions));
  const [creating, setCreating] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const closeForm = () => {
    setCreating(false);
    // Focus goes back where it came from instead of falling to the page.
    newButton.current?.focus();
  };
  return (
    <nav aria-label={t('list.title')} className="projects">
      <h2 className="section-title">{t('list.title')}</h2>
      {projects.length === 0 ? (
        <p className="empty">{t('list.empty')}</p>
      ) : (
        <ul className="project-list">
          {projects.map((project) => (
            <ProjectItem key={project.id} project={project} selected={project.id === selectedId} />
          ))}
        </ul>
      )}
      {error ? <ErrorAlert error={error} /> : null}
      {creating ? (
        <ProjectNameForm
          label={t('list.newName')}
          submitLabel={t('common:create')}
          onSubmit={createProject}
          onCancel={closeForm}
        />
      ) : null}
      <div className="project-tools">
        <button
          ref={newButton}
          type="button"
          className="button button-small"
          aria-expanded={creating}
          onClick={() => setCreating(true)}
        >
          {t('list.newProject')}
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => void openFolder()}
        >
          {t('list.openFolder')}
        </button>
      </div>
    </nav>
  );
}
