import { useId } from 'react';
import type { Project } from '../../../../shared/domain';

interface ProjectItemProps {
  project: Project;
  selected: boolean;
  onSelect: () => void;
}

export function ProjectItem({ project, selected, onSelect }: ProjectItemProps) {
  const countId = useId();
  const clips = project.clipCount === 1 ? '1 clip' : `${project.clipCount} clips`;
  return (
    <li>
      {/* Labelled by the name alone, with the count as its description, so a screen reader
          (and a test) finds the project by the name the user gave it. */}
      <button
        type="button"
        className="project-button"
        aria-label={project.name}
        aria-current={selected ? 'page' : undefined}
        aria-describedby={countId}
        onClick={onSelect}
      >
        <span className="project-name">{project.name}</span>
        <span id={countId} className="project-count">
          {clips}
        </span>
      </button>
    </li>
  );
}
