import { useId, useState } from 'react';
import type { Project } from '../../../../shared/domain';

interface ProjectProblemsProps {
  project: Project;
}

/** Which clip records in the folder could not be used, and that nothing was deleted. */
export function ProjectProblems({ project }: ProjectProblemsProps) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const count = project.problems.length;
  const summary = count === 1 ? '1 file set aside' : `${count} files set aside`;
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
        <p>
          These clip records could not be read. They were kept (renamed or left in place), not
          deleted; the other clips are shown as usual.
        </p>
        <ul>
          {project.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
