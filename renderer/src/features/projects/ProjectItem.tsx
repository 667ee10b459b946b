import { useEffect, useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Project } from '../../../../shared/domain';
import { useTranslation } from '../../i18n';
import { selectProjectActions, useLibraryStore } from '../../stores/library-store';
import { ProjectNameForm } from './ProjectNameForm';
import { ProjectProblems } from './ProjectProblems';

interface ProjectItemProps {
  project: Project;
  selected: boolean;
}

/** One project: selecting it, and for the open one, renaming, showing and deleting it. */
export function ProjectItem({ project, selected }: ProjectItemProps) {
  const { t } = useTranslation(['projects', 'common']);
  const { selectProject, renameProject, revealProject, askDelete } = useLibraryStore(
    useShallow(selectProjectActions),
  );
  const [renaming, setRenaming] = useState(false);
  // After renaming, focus returns to the project rather than falling to the page.
  const refocus = useRef(false);
  const projectButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (renaming || !refocus.current) return;
    refocus.current = false;
    projectButton.current?.focus();
  }, [renaming]);
  const stopRenaming = () => {
    refocus.current = true;
    setRenaming(false);
  };
  const countId = useId();
  const clips = t('item.clipCount', { count: project.clipCount });
  const problems = project.problems.length;

  if (renaming) {
    return (
      <li className="project-item">
        <ProjectNameForm
          label={t('item.renameLabel', { name: project.name })}
          initial={project.name}
          submitLabel={t('common:rename')}
          onSubmit={(name) => renameProject(project.id, name)}
          onCancel={stopRenaming}
        />
      </li>
    );
  }
  return (
    <li className="project-item">
      {/* The count sits beside the button, drawn over its end, not inside it: the button's
          visible label is then exactly its name (the project's), and the count is read as
          its description. */}
      <div className="project-row">
        <button
          ref={projectButton}
          type="button"
          className="project-button"
          aria-current={selected ? 'page' : undefined}
          aria-describedby={countId}
          onClick={() => void selectProject(project.id)}
        >
          <span className="project-name">{project.name}</span>
        </button>
        <span id={countId} className="project-count">
          {problems > 0 ? (
            <span className="project-warning" title={t('item.setAside')}>
              ⚠{' '}
            </span>
          ) : null}
          {clips}
          {problems > 0 ? (
            <span className="visually-hidden">{t('item.setAsideSuffix')}</span>
          ) : null}
        </span>
      </div>
      {problems > 0 ? <ProjectProblems project={project} /> : null}
      {selected ? (
        <div
          className="project-actions"
          role="group"
          aria-label={t('item.actions', { name: project.name })}
        >
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => setRenaming(true)}
          >
            {t('item.rename')}
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => void revealProject(project.id)}
          >
            {t('item.reveal')}
          </button>
          <button
            type="button"
            className="button button-small button-quiet button-danger-quiet"
            onClick={() => askDelete({ kind: 'project', project })}
          >
            {t('item.delete')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
