import { useId, type ReactNode } from 'react';
import type { AppError } from '../../../../shared/app-error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSelectedProject } from '../../query/use-library';
import { useTranslation } from '../../i18n';
import type { ComposerView } from './composer-view';

interface GenerateBarProps {
  /** Only the issues are read, so a tool's form uses the same bar. */
  view: Pick<ComposerView, 'issues'>;
  submitting: boolean;
  /** Shown beside the button (variants and cost for videos). */
  extra?: ReactNode;
  /** Why the last press failed; shown in the bar, which stays in view as the form scrolls. */
  error?: AppError | null;
  /** What the last press did instead of sending (a request already on its way). */
  notice?: string;
}

/** Ctrl+Enter (⌘ Enter on a Mac) presses Generate from the prompt. */
const ON_MAC = /Mac/.test(navigator.userAgent);
/** The Mac's key symbols read the same in every language. */
const MAC_SHORTCUT = '⌘↵';

/**
 * Generate, and what stands in its way. While there are issues the button stays focusable
 * (aria-disabled, not disabled) so a screen reader reaches it and reads why.
 */
export function GenerateBar({ view, submitting, extra, error, notice }: GenerateBarProps) {
  const project = useSelectedProject();
  const id = useId();
  const { t } = useTranslation('composer');
  const blocked = view.issues.length > 0;
  return (
    <div className="generate-bar stack">
      {blocked ? (
        <div id={id} className="generate-issues">
          <p>{t('generateBar.before')}</p>
          <ul>
            {view.issues.map((issue) => (
              <li key={`${issue.field}:${issue.message}`}>{issue.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {extra}
      {error ? <ErrorAlert error={error} /> : null}
      <p role="status" className="hint generate-notice">
        {notice}
      </p>
      <div className="row row-between">
        <span className="hint generate-target" title={project?.name}>
          {project ? t('generateBar.savesTo', { project: project.name }) : null}
        </span>
        <button
          type="submit"
          className="button button-primary"
          disabled={submitting}
          aria-disabled={blocked ? true : undefined}
          aria-describedby={blocked ? id : undefined}
          aria-keyshortcuts="Control+Enter Meta+Enter"
        >
          {t('generateBar.generate')}
          {/* The shortcut works from the prompt; shown here so it is found. Outside the name. */}
          <kbd className="shortcut" aria-hidden="true">
            {ON_MAC ? MAC_SHORTCUT : t('generateBar.shortcut')}
          </kbd>
        </button>
      </div>
    </div>
  );
}
