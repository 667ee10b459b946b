import { useId } from 'react';
import { REQUEST_LIMITS } from '../../../../shared/capabilities';
import { characterCount } from '../../../../shared/text-length';
import { selectSetSetting, useComposerStore } from '../../stores/composer-store';
import { formatNumber, useTranslation } from '../../i18n';
import type { ComposerView } from './composer-view';
import { FieldNote, noteIds } from './FieldNote';

interface NegativePromptFieldProps {
  view: ComposerView;
}

/**
 * What the video should not show. Typing past the limit is allowed and flagged, rather than cut
 * off, so a pasted text is never shortened without the person seeing it.
 */
export function NegativePromptField({ view }: NegativePromptFieldProps) {
  const setSetting = useComposerStore(selectSetSetting);
  const id = useId();
  const { t } = useTranslation('composer');
  const value = view.inputs.settings.negativePrompt ?? '';
  const max = REQUEST_LIMITS.negativePromptMaxChars;
  const state = view.availability.negativePrompt;
  const issue = view.fieldIssues['negativePrompt'];
  const length = characterCount(value);
  return (
    <div className="field">
      <div className="field-head">
        <label htmlFor={id}>{t('negativePrompt.label')}</label>
        <span id={`${id}-counter`} className={length > max ? 'counter counter-over' : 'counter'}>
          {t('prompt.counter', { length: formatNumber(length), max: formatNumber(max) })}
        </span>
      </div>
      <textarea
        id={id}
        className="input textarea textarea-short"
        rows={2}
        value={value}
        disabled={!state.enabled}
        aria-invalid={issue ? true : undefined}
        aria-describedby={noteIds(id, state, issue, `${id}-counter`)}
        placeholder={t('negativePrompt.placeholder')}
        onChange={(event) =>
          setSetting('negativePrompt', event.target.value === '' ? undefined : event.target.value)
        }
      />
      <FieldNote id={id} state={state} issue={issue} />
    </div>
  );
}
