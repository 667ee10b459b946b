import { useEffect, useId, useState } from 'react';
import type { AppError } from '../../../../shared/app-error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Trans, useTranslation } from '../../i18n';
import { bridge, toAppError } from '../../ipc/kling';
import { invalidateProjects } from '../../query/library-queries';

/** Where the projects live. Main opens the folder dialog; the window only shows the answer. */
export function WorkspaceSection() {
  const { t } = useTranslation('settings');
  const [dir, setDir] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const labelId = useId();

  useEffect(() => {
    let live = true;
    // Not knowing the folder yet is no error worth an alert; changing it still works.
    bridge.app
      .info()
      .then((info) => live && setDir(info.workspaceDir))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const onChange = async () => {
    setBusy(true);
    setError(null);
    try {
      const { workspaceDir } = await bridge.settings.chooseWorkspace();
      const moved = workspaceDir !== dir;
      setDir(workspaceDir);
      // Another folder means other projects: the sidebar and gallery start over from it.
      if (moved) await invalidateProjects();
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="stack" aria-labelledby={labelId}>
      <h3 id={labelId}>{t('workspace.heading')}</h3>
      <p className="hint">
        <Trans
          t={t}
          i18nKey="workspace.where"
          values={{ dir: dir ?? '…' }}
          components={{ dir: <span className="mono" /> }}
        />
      </p>
      {error ? <ErrorAlert error={error} /> : null}
      <div className="row">
        <button type="button" className="button" disabled={busy} onClick={onChange}>
          {t('workspace.change')}
        </button>
      </div>
    </section>
  );
}
