import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { REQUEST_LIMITS } from '../../../../shared/capabilities';
import { characterCount } from '../../../../shared/text-length';
import { selectSetSetting, useComposerStore } from '../../stores/composer-store';
import { formatNumber, useTranslation } from '../../i18n';
import type { ComposerView } from './composer-view';
import { FieldNote, noteIds } from './FieldNote';
import { insertTag, setMainPromptTarget } from './prompt-target';
import { ReferenceTags, referenceTags } from './ReferenceTags';

interface PromptFieldProps {
  view: ComposerView;
}

/** The prompt, its counter, and the reference tags an omni prompt must name. */
export function PromptField({ view }: PromptFieldProps) {
  const setSetting = useComposerStore(selectSetSetting);
  const ref = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const { t } = useTranslation('composer');
  const prompt = view.inputs.settings.prompt ?? '';
  const max = REQUEST_LIMITS.promptMaxChars;
  const issue = view.fieldIssues['prompt'];
  const state = view.availability.prompt;
  const setPrompt = (value: string) => setSetting('prompt', value === '' ? undefined : value);

  const target = () => (ref.current ? { element: ref.current, write: setPrompt } : null);
  const insert = (tag: string) => {
    const current = target();
    if (current) insertTag(current, tag);
  };
  // The element and voice pickers write here (into the shots instead with custom shots).
  useEffect(() => {
    const element = ref.current;
    if (element) setMainPromptTarget({ element, write: setPrompt });
    return () => setMainPromptTarget(null);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  };

  const length = characterCount(prompt);
  const counterClass =
    length > max
      ? 'counter counter-over'
      : length >= max * 0.9
        ? 'counter counter-near'
        : 'counter';

  return (
    <div className="field">
      <div className="field-head">
        <label htmlFor={id}>{t('prompt.label')}</label>
        <span id={`${id}-counter`} className={counterClass}>
          {t('prompt.counter', { length: formatNumber(length), max: formatNumber(max) })}
        </span>
      </div>
      <textarea
        ref={ref}
        id={id}
        name="prompt"
        className="input textarea"
        rows={5}
        value={prompt}
        aria-invalid={issue ? true : undefined}
        aria-describedby={noteIds(id, state, issue, `${id}-counter`)}
        placeholder={t(`prompt.placeholder.${view.inputs.action}`)}
        onChange={(event) => setPrompt(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <ReferenceTags tags={referenceTags(view.request)} prompt={prompt} onInsert={insert} />
      <FieldNote id={id} state={state} issue={issue} />
    </div>
  );
}
