import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { AppError } from '../../../../shared/app-error';
import { toApiBody, type VideoRequest } from '../../../../shared/capabilities';
import { NOT_IN_PRESET, type Preset } from '../../../../shared/presets';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { t as translate, useTranslation } from '../../i18n';
import { bridge, toAppError } from '../../ipc/kling';
import { fillFromSettings } from '../../stores/composer-fill';
import { useComposerStore } from '../../stores/composer-store';
import { leftOutText } from './left-out';

export const presetsKey = ['making', 'presets'] as const;

/** The request's settings as a preset keeps them: no prompt, no images, clips or lists. */
export function presetParameters(request: VideoRequest): Record<string, unknown> {
  const body = toApiBody(request);
  for (const key of NOT_IN_PRESET) delete body[key];
  delete body['action'];
  delete body['model'];
  return body;
}

/**
 * Named presets of the composer's settings (model, mode, length, ratio, cfg, camera, sound…),
 * kept by main: save the current ones under a name, apply one (the prompt and images stay),
 * rename, delete after a question.
 */
export function PresetsField({ request }: { request: VideoRequest }) {
  const { t } = useTranslation('making');
  const client = useQueryClient();
  const { data: presets = [] } = useQuery({
    queryKey: presetsKey,
    queryFn: () => bridge.making.presets(),
  });
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [deleting, setDeleting] = useState<Preset | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const nameId = useId();

  const run = async (work: () => Promise<Preset[]>, done: string) => {
    setError(null);
    try {
      client.setQueryData(presetsKey, await work());
      setNotice(done);
    } catch (caught) {
      setError(toAppError(caught));
    }
  };

  const save = () => {
    const trimmed = name.trim();
    if (!trimmed) {
      setError(null);
      return setNotice(t('presets.needName'));
    }
    void run(
      () =>
        bridge.making.savePreset({
          name: trimmed,
          settings: {
            action: request.action,
            model: request.model,
            parameters: presetParameters(request),
          },
        }),
      t('presets.saved', { name: trimmed }),
    ).then(() => setName(''));
  };

  const apply = (preset: Preset) => {
    const prompt = useComposerStore.getState().settings.prompt ?? '';
    const { leftOut } = fillFromSettings({
      app: 'Kling Studio',
      version: 1,
      action: preset.action,
      model: preset.model,
      prompt,
      parameters: preset.parameters,
    });
    setNotice(
      leftOut.length > 0
        ? translate('making:presets.appliedPartly', {
            name: preset.name,
            missing: leftOutText(leftOut),
          })
        : translate('making:presets.applied', { name: preset.name }),
    );
  };

  return (
    <details className="presets">
      <summary>
        {presets.length > 0
          ? t('presets.summaryCount', { count: presets.length })
          : t('presets.summary')}
      </summary>
      <div className="stack">
        {presets.length > 0 ? (
          <ul className="preset-list" aria-label={t('presets.list')}>
            {presets.map((preset) => (
              <li key={preset.id} className="row row-wrap">
                {renaming?.id === preset.id ? (
                  <>
                    <input
                      className="input"
                      aria-label={t('presets.newName', { name: preset.name })}
                      value={renaming.name}
                      onChange={(event) => setRenaming({ id: preset.id, name: event.target.value })}
                    />
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() =>
                        void run(
                          () =>
                            bridge.making.renamePreset({
                              presetId: preset.id,
                              name: renaming.name.trim(),
                            }),
                          t('presets.renamed', { name: renaming.name.trim() }),
                        ).then(() => setRenaming(null))
                      }
                    >
                      {t('presets.saveName')}
                    </button>
                  </>
                ) : (
                  <>
                    <span className="preset-name">{preset.name}</span>
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => apply(preset)}
                    >
                      {t('presets.apply', { name: preset.name })}
                    </button>
                    <button
                      type="button"
                      className="button button-small button-quiet"
                      onClick={() => setRenaming({ id: preset.id, name: preset.name })}
                    >
                      {t('presets.rename', { name: preset.name })}
                    </button>
                    <button
                      type="button"
                      className="button button-small button-danger-quiet"
                      onClick={() => setDeleting(preset)}
                    >
                      {t('presets.delete', { name: preset.name })}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="hint">{t('presets.empty')}</p>
        )}
        {/* A div, not a form: the composer is the form around it. */}
        <div className="row row-wrap preset-save">
          <label htmlFor={nameId}>{t('presets.name')}</label>
          <input
            id={nameId}
            className="input"
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <button type="button" className="button button-small" onClick={save}>
            {t('presets.saveCurrent')}
          </button>
        </div>
        <p role="status" className="hint">
          {notice}
        </p>
        {error ? <ErrorAlert error={error} /> : null}
      </div>
      {deleting ? (
        <ConfirmDialog
          title={t('presets.confirmTitle', { name: deleting.name })}
          confirmLabel={t('presets.confirm')}
          tone="danger"
          onConfirm={() => {
            const gone = deleting;
            setDeleting(null);
            void run(
              () => bridge.making.deletePreset({ presetId: gone.id }),
              t('presets.deleted', { name: gone.name }),
            );
          }}
          onCancel={() => setDeleting(null)}
        >
          <p>{t('presets.confirmBody')}</p>
        </ConfirmDialog>
      ) : null}
    </details>
  );
}
