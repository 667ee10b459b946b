import { useId } from 'react';
import { selectSetSetting, useComposerStore } from '../../stores/composer-store';
import { useTranslation } from '../../i18n';
import type { ComposerView } from './composer-view';
import { FieldNote, noteIds } from './FieldNote';

/** An address, the same in every language. */
const CALLBACK_EXAMPLE = 'https://example.com/kling-hook';

interface AdvancedFieldProps {
  view: ComposerView;
}

/** Rarely needed settings, folded away; a native disclosure is keyboard-ready as it is. */
export function AdvancedField({ view }: AdvancedFieldProps) {
  const setSetting = useComposerStore(selectSetSetting);
  const id = useId();
  const { t } = useTranslation('composer');
  const state = view.availability.callbackUrl;
  const issue = view.fieldIssues['callbackUrl'];
  const value = view.inputs.settings.callbackUrl ?? '';
  return (
    <details className="advanced">
      <summary>{t('advanced.summary')}</summary>
      <div className="field">
        <label htmlFor={id}>{t('advanced.callbackUrl')}</label>
        <input
          id={id}
          type="url"
          className="input"
          value={value}
          placeholder={CALLBACK_EXAMPLE}
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
          {t('advanced.callbackHint')}
        </p>
        <FieldNote id={id} state={state} issue={issue} />
      </div>
    </details>
  );
}
