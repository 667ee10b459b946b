import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { REQUEST_DEFAULTS, REQUEST_LIMITS } from '../../../../shared/capabilities';
import { usesCustomShots } from '../../../../shared/capabilities/fields';
import { selectSetSetting, useComposerStore } from '../../stores/composer-store';
import type { ComposerView } from './composer-view';
import { FieldNote, NO_REASON, noteIds } from './FieldNote';
import { insertTagAtPromptCursor } from './prompt-target';
import { ReferenceTags, referenceTags } from './ReferenceTags';
import { ShotRow } from './ShotRow';
import { useTranslation } from '../../i18n';

interface ShotsFieldProps {
  view: ComposerView;
}

/**
 * A multi-shot storyboard: the model cuts the shots itself (`intelligence`), or the person
 * writes 1–6 shots with their own prompts and seconds, which must add up to the duration.
 */
export function ShotsField({ view }: ShotsFieldProps) {
  const setSetting = useComposerStore(selectSetSetting);
  const { shots, addShot, setShot } = useComposerStore(
    useShallow((state) => ({ shots: state.shots, addShot: state.addShot, setShot: state.setShot })),
  );
  const id = useId();
  const { t } = useTranslation('composer');
  const state = view.availability.multiShot;
  const { multiShot, shotType } = view.inputs.settings;
  const on = multiShot === true;
  const custom = on && shotType === 'customize';
  const limits = REQUEST_LIMITS.multiShot;
  const duration = view.inputs.settings.duration ?? REQUEST_DEFAULTS.duration;
  const total = shots.reduce((sum, shot) => sum + (Number(shot.seconds) || 0), 0);
  const shotsIssue = view.fieldIssues['multiPrompt'];
  const typeIssue = view.fieldIssues['shotType'] ?? view.fieldIssues['multiShot'];
  const shotsText = shots.map((shot) => shot.prompt).join('\n');

  const toggle = (checked: boolean) => {
    setSetting('multiShot', checked || undefined);
    // A storyboard needs its type; automatic is the one that needs nothing more.
    setSetting('shotType', checked ? (shotType ?? 'intelligence') : undefined);
  };

  const chooseCustom = () => {
    setSetting('shotType', 'customize');
    // A fresh storyboard starts as one shot that fills the whole video.
    const [first] = shots;
    if (shots.length === 1 && first && first.prompt === '') {
      setShot(first.id, { seconds: String(duration) });
    }
  };

  return (
    <fieldset className="shots" aria-describedby={noteIds(id, state, null)}>
      <legend>{t('shots.legend')}</legend>
      <div className="check">
        <input
          id={`${id}-on`}
          type="checkbox"
          checked={on}
          disabled={!state.enabled && !on}
          aria-describedby={noteIds(id, state, typeIssue)}
          onChange={(event) => toggle(event.target.checked)}
        />
        <label htmlFor={`${id}-on`}>{t('shots.multiShot')}</label>
      </div>
      <FieldNote id={id} state={state} issue={typeIssue} />
      {on ? (
        <div className="row row-wrap" role="radiogroup" aria-label={t('shots.type')}>
          <label className="check">
            <input
              type="radio"
              name={`${id}-type`}
              checked={shotType !== 'customize'}
              onChange={() => setSetting('shotType', 'intelligence')}
            />
            {t('shots.automatic')}
          </label>
          <label className="check">
            <input
              type="radio"
              name={`${id}-type`}
              checked={shotType === 'customize'}
              onChange={chooseCustom}
            />
            {t('shots.custom')}
          </label>
        </div>
      ) : null}
      {custom ? (
        <>
          <p className="hint">{t('shots.customHint', { duration })}</p>
          <ol className="shot-list" aria-label={t('shots.list')}>
            {shots.map((shot, index) => (
              <ShotRow
                key={shot.id}
                shot={shot}
                position={index + 1}
                count={shots.length}
                listId={id}
              />
            ))}
          </ol>
          <div className="row row-between">
            <button
              type="button"
              className="button button-small"
              disabled={shots.length >= limits.shots.max}
              onClick={addShot}
            >
              {t('shots.add')}
            </button>
            <p
              id={`${id}-total`}
              aria-live="polite"
              className={total === duration ? 'shot-total' : 'shot-total shot-total-off'}
            >
              {t('shots.total', { total, duration })}
            </p>
          </div>
          {usesCustomShots(view.request) ? (
            <ReferenceTags
              tags={referenceTags(view.request)}
              prompt={shotsText}
              onInsert={(tag) => insertTagAtPromptCursor(tag, true)}
            />
          ) : null}
          <FieldNote id={`${id}-shots`} state={NO_REASON} issue={shotsIssue} />
        </>
      ) : null}
    </fieldset>
  );
}
