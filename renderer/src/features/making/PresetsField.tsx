import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { AppError } from '../../../../shared/app-error';
import { toApiBody, type VideoRequest } from '../../../../shared/capabilities';
import { NOT_IN_PRESET, type Preset } from '../../../../shared/presets';
import { settingsFromBody } from '../../../../shared/settings-from-body';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useTranslation } from '../../i18n';
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
 * What the last preset action did, kept as facts so a language switch rewords it: an applied
 * preset keeps its settings, and what they could not put back is named when drawn.
 */
type PresetNotice =
  | { kind: 'needName' }
  | { kind: 'saved' | 'renamed' | 'deleted'; name: string }
  | { kind: 'applied'; name: string; parameters: Preset['parameters'] };

function noticeText(notice: PresetNotice | null, t: TFunction<'making'>): string {
  if (!notice) return '';
  if (notice.kind === 'needName') return t('presets.needName');
  if (notice.kind !== 'applied') return t(`presets.${notice.kind}`, { name: notice.name });
  // The same names the fill reported, in the language drawn now.
  const { leftOut } = settingsFromBody(notice.parameters);
  return leftOut.length > 0
    ? t('presets.appliedPartly', { name: notice.name, missing: leftOutText(leftOut) })
    : t('presets.applied', { name: notice.name });
}

/** The control in `root` whose `data-<part>` names the preset, found without building a selector. */
function presetControl(root: HTMLElement | null, part: string, presetId: string) {
  const all = root?.querySelectorAll<HTMLElement>(`[data-${part}]`) ?? [];
  return Array.from(all).find((element) => element.getAttribute(`data-${part}`) === presetId);
}

/** A control to focus after the next render: a preset's by its part, or the name box. */
type FocusTarget =
  { part: 'preset-new-name' | 'preset-rename' | 'preset-apply'; presetId: string } | 'name';

/** Enter in a box does that box's own action instead of reaching the composer's form. */
function onEnter(action: () => void) {
  return (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    action();
  };
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
  const [notice, setNotice] = useState<PresetNotice | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const nameId = useId();
  const root = useRef<HTMLDetailsElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  // Where focus goes once the next render has drawn it: a control that held focus (the Rename
  // button, a deleted row) leaves the page, and focus must not fall to the page with it.
  const [focusNext, setFocusNext] = useState<FocusTarget | null>(null);
  useEffect(() => {
    if (focusNext === null) return;
    const element =
      focusNext === 'name'
        ? nameInput.current
        : presetControl(root.current, focusNext.part, focusNext.presetId);
    element?.focus();
  }, [focusNext]);

  /** Runs one change and shows what it did; resolves to whether it was done. */
  const run = async (work: () => Promise<Preset[]>, done: PresetNotice): Promise<boolean> => {
    setError(null);
    try {
      client.setQueryData(presetsKey, await work());
      setNotice(done);
      return true;
    } catch (caught) {
      setError(toAppError(caught));
      return false;
    }
  };

  const save = () => {
    const trimmed = name.trim();
    if (!trimmed) {
      setError(null);
      return setNotice({ kind: 'needName' });
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
      { kind: 'saved', name: trimmed },
    ).then((done) => {
      if (done) setName('');
    });
  };

  const rename = (presetId: string, typed: string) => {
    const trimmed = typed.trim();
    // Checked here as Save is, so the words are the same and carry no field path.
    if (!trimmed) {
      setError(null);
      return setNotice({ kind: 'needName' });
    }
    void run(() => bridge.making.renamePreset({ presetId, name: trimmed }), {
      kind: 'renamed',
      name: trimmed,
    }).then((done) => {
      if (!done) return;
      setFocusNext({ part: 'preset-rename', presetId });
      setRenaming((current) => (current?.id === presetId ? null : current));
    });
  };

  const remove = (gone: Preset) => {
    const index = presets.findIndex((preset) => preset.id === gone.id);
    const neighbour = presets[index + 1] ?? presets[index - 1];
    void run(() => bridge.making.deletePreset({ presetId: gone.id }), {
      kind: 'deleted',
      name: gone.name,
    }).then((done) => {
      if (done) setFocusNext(neighbour ? { part: 'preset-apply', presetId: neighbour.id } : 'name');
    });
  };

  const apply = (preset: Preset) => {
    const prompt = useComposerStore.getState().settings.prompt ?? '';
    fillFromSettings({
      app: 'Kling Studio',
      version: 1,
      action: preset.action,
      model: preset.model,
      prompt,
      parameters: preset.parameters,
    });
    setNotice({ kind: 'applied', name: preset.name, parameters: preset.parameters });
  };

  return (
    <details ref={root} className="presets">
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
                      data-preset-new-name={preset.id}
                      aria-label={t('presets.newName', { name: preset.name })}
                      value={renaming.name}
                      onChange={(event) => setRenaming({ id: preset.id, name: event.target.value })}
                      onKeyDown={onEnter(() => rename(preset.id, renaming.name))}
                    />
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => rename(preset.id, renaming.name)}
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
                      data-preset-apply={preset.id}
                      onClick={() => apply(preset)}
                    >
                      {t('presets.apply', { name: preset.name })}
                    </button>
                    <button
                      type="button"
                      className="button button-small button-quiet"
                      data-preset-rename={preset.id}
                      onClick={() => {
                        setRenaming({ id: preset.id, name: preset.name });
                        setFocusNext({ part: 'preset-new-name', presetId: preset.id });
                      }}
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
            ref={nameInput}
            id={nameId}
            className="input"
            value={name}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={onEnter(save)}
          />
          <button type="button" className="button button-small" onClick={save}>
            {t('presets.saveCurrent')}
          </button>
        </div>
        <p role="status" className="hint">
          {noticeText(notice, t)}
        </p>
        {error ? <ErrorAlert error={error} /> : null}
      </div>
      {deleting ? (
        <ConfirmDialog
          title={t('presets.confirmTitle', { name: deleting.name })}
          confirmLabel={t('presets.confirm')}
          tone="danger"
          onConfirm={() => {
            setDeleting(null);
            remove(deleting);
          }}
          onCancel={() => setDeleting(null)}
        >
          <p>{t('presets.confirmBody')}</p>
        </ConfirmDialog>
      ) : null}
    </details>
  );
}
