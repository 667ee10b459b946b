import { useId } from 'react';
import { selectSetSetting, useComposerStore } from '../../stores/composer-store';
import type { ComposerView } from './composer-view';
import { FieldNote, noteIds } from './FieldNote';

interface AdvancedFieldProps {
  view: ComposerView;
}

/** Rarely needed settings, folded away; a native disclosure is keyboard-ready as it is. */
export function AdvancedField({ view }: AdvancedFieldProps) {
  const setSetting = useComposerStore(selectSetSetting);
  const id = useId();
  const state = view.availability.callbackUrl;
  const issue = view.fieldIssues['callbackUrl'];
  const value = view.inputs.settings.callbackUrl ?? '';
  return (
    <details className="advanced">
      <summary>Advanced</summary>
      <div className="field">
        <label htmlFor={id}>Callback URL</label>
        <input
          id={id}
          type="url"
          className="input"
          value={value}
          placeholder="https://example.com/kling-hook"
          disabled={!state.enabled}
          aria-invalid={issue ? true : undefined}
          aria-describedby={noteIds(id, state, issue, `${id}-hint`)}
          onChange={(event) =>
            setSetting(
              'callbackUrl',
              event.target.value.trim() === '' ? undefined : event.target.value,
            )
          }
        />
        <p id={`${id}-hint`} className="hint">
          AceData posts the result there too. Kling Studio still follows the job itself.
        </p>
        <FieldNote id={id} state={state} issue={issue} />
      </div>
    </details>
  );
}
