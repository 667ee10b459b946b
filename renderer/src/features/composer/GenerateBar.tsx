import { useId, type ReactNode } from 'react';
import { useSelectedProject } from '../../query/use-library';
import type { ComposerView } from './composer-view';

interface GenerateBarProps {
  /** Only the issues are read, so a tool's form uses the same bar. */
  view: Pick<ComposerView, 'issues'>;
  submitting: boolean;
  /** Shown beside the button (variants and cost for videos). */
  extra?: ReactNode;
}

/** Ctrl+Enter (⌘ Enter on a Mac) presses Generate from the prompt. */
const SHORTCUT = /Mac/.test(navigator.userAgent) ? '⌘↵' : 'Ctrl+Enter';

/**
 * Generate, and what stands in its way. While there are issues the button stays focusable
 * (aria-disabled, not disabled) so a screen reader reaches it and reads why.
 */
export function GenerateBar({ view, submitting, extra }: GenerateBarProps) {
  const project = useSelectedProject();
  const id = useId();
  const blocked = view.issues.length > 0;
  return (
    <div className="generate-bar stack">
      {blocked ? (
        <div id={id} className="generate-issues">
          <p>Before you can generate:</p>
          <ul>
            {view.issues.map((issue) => (
              <li key={`${issue.field}:${issue.message}`}>{issue.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {extra}
      <div className="row row-between">
        <span className="hint generate-target" title={project?.name}>
          {project ? `Saves to ${project.name}` : null}
        </span>
        <button
          type="submit"
          className="button button-primary"
          disabled={submitting}
          aria-disabled={blocked ? true : undefined}
          aria-describedby={blocked ? id : undefined}
          aria-keyshortcuts="Control+Enter Meta+Enter"
        >
          Generate
          {/* The shortcut works from the prompt; shown here so it is found. Outside the name. */}
          <kbd className="shortcut" aria-hidden="true">
            {SHORTCUT}
          </kbd>
        </button>
      </div>
    </div>
  );
}
