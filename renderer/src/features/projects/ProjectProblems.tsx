import { useId, useState } from 'react';
import type { Project } from '../../../../shared/domain';
import { useTranslation } from '../../i18n';

interface ProjectProblemsProps {
  project: Project;
}

/** Which clip records in the folder could not be used, and that nothing was deleted. */
export function ProjectProblems({ project }: ProjectProblemsProps) {
  const { t } = useTranslation('projects');
  const [open, setOpen] = useState(false);
  const listId = useId();
  const count = project.problems.length;
  const summary = t('problems.summary', { count });
  return (
    <div className="project-problems">
      <button
        type="button"
        className="problems-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">⚠</span> {summary}
      </button>
      <div id={listId} hidden={!open} className="problems-body">
        <p>{t('problems.explanation')}</p>
        <ul>
          {project.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
