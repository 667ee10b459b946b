import { useId } from 'react';
import { REQUEST_LIMITS } from '../../../../shared/capabilities';
import { selectSetSetting, useComposerStore } from '../../stores/composer-store';
import { formatNumber, useTranslation } from '../../i18n';
import type { ComposerView } from './composer-view';
import { FieldNote, noteIds } from './FieldNote';

interface CfgScaleFieldProps {
  view: ComposerView;
}

// Where the slider rests while nothing is set: the middle, which suggests no direction.
const RESTING = 0.5;

/** A slider and a number for the same value; empty leaves it to Kling's default. */
export function CfgScaleField({ view }: CfgScaleFieldProps) {
  const setSetting = useComposerStore(selectSetSetting);
  const id = useId();
  const { t } = useTranslation('composer');
  const value = view.inputs.settings.cfgScale;
  const state = view.availability.cfgScale;
  const issue = view.fieldIssues['cfgScale'];
  const { min, max } = REQUEST_LIMITS.cfgScale;
  const describedBy = noteIds(id, state, issue, `${id}-hint`);
  const set = (raw: string) => {
    if (raw === '') return setSetting('cfgScale', undefined);
    const number = Number(raw);
    if (Number.isFinite(number)) setSetting('cfgScale', number);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t('cfgScale.label')}</label>
      <div className="row">
        <input
          id={id}
          type="range"
          className="slider"
          min={min}
          max={max}
          step={0.05}
          value={value ?? RESTING}
          aria-valuetext={value === undefined ? t('cfgScale.notSet') : formatNumber(value)}
          disabled={!state.enabled}
          aria-describedby={describedBy}
          onChange={(event) => set(event.target.value)}
        />
        <input
          type="number"
          className="input input-number"
          aria-label={t('cfgScale.valueName')}
          min={min}
          max={max}
          step={0.05}
          value={value ?? ''}
          placeholder={t('cfgScale.placeholder')}
          disabled={!state.enabled}
          aria-invalid={issue ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => set(event.target.value)}
        />
        {value !== undefined && state.enabled ? (
          <button type="button" className="button button-small" onClick={() => set('')}>
            {t('cfgScale.clear')}
          </button>
        ) : null}
      </div>
      <p id={`${id}-hint`} className="hint">
        {t('cfgScale.hint')}
      </p>
      <FieldNote id={id} state={state} issue={issue} />
    </div>
  );
}
