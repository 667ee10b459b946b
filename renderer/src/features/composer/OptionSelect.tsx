import { useId } from 'react';
import type { FieldState } from '../../../../shared/capabilities';
import { useTranslation } from '../../i18n';
import { FieldNote, noteIds } from './FieldNote';

export interface Choice {
  value: string;
  label: string;
  /** Why the choice cannot be taken now; null when it can. */
  note: string | null;
}

interface OptionSelectProps {
  label: string;
  value: string;
  choices: readonly Choice[];
  state: FieldState;
  issue: string | undefined;
  onChange: (value: string) => void;
}

/**
 * A select whose unavailable choices stay listed, disabled, with the reason in their text, so
 * a missing option never looks like a missing feature.
 */
export function OptionSelect({ label, value, choices, state, issue, onChange }: OptionSelectProps) {
  const id = useId();
  const { t } = useTranslation('composer');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="input"
        value={value}
        disabled={!state.enabled}
        aria-invalid={issue ? true : undefined}
        aria-describedby={noteIds(id, state, issue)}
        onChange={(event) => onChange(event.target.value)}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value} disabled={choice.note !== null}>
            {choice.note
              ? t('options.withNote', { label: choice.label, note: choice.note })
              : choice.label}
          </option>
        ))}
      </select>
      <FieldNote id={id} state={state} issue={issue} />
    </div>
  );
}
