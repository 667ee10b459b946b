import { useId, useRef, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { REQUEST_LIMITS } from '../../../../shared/capabilities';
import { characterCount } from '../../../../shared/text-length';
import { selectSetSetting, useComposerStore } from '../../stores/composer-store';
import type { ComposerView } from './composer-view';
import { FieldNote, noteIds } from './FieldNote';
import { ReferenceTags, referenceTags } from './ReferenceTags';

const PLACEHOLDERS = {
  text2video: 'A paper boat drifting down a rainy street at dusk, close-up, slow motion',
  image2video: 'What happens in the picture (optional)',
  extend: 'What happens next (optional)',
} as const;

interface PromptFieldProps {
  view: ComposerView;
}

/** The prompt, its counter, and the reference tags an omni prompt must name. */
export function PromptField({ view }: PromptFieldProps) {
  const setSetting = useComposerStore(selectSetSetting);
  const ref = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const prompt = view.inputs.settings.prompt ?? '';
  const max = REQUEST_LIMITS.promptMaxChars;
  const issue = view.fieldIssues['prompt'];
  const state = view.availability.prompt;
  const setPrompt = (value: string) => setSetting('prompt', value === '' ? undefined : value);

  // Inserted where the caret is, and the caret put after the tag, so typing carries on.
  const insert = (tag: string) => {
    const element = ref.current;
    if (!element) return;
    const start = element.selectionStart ?? element.value.length;
    const end = element.selectionEnd ?? start;
    flushSync(() => setPrompt(element.value.slice(0, start) + tag + element.value.slice(end)));
    element.focus();
    element.setSelectionRange(start + tag.length, start + tag.length);
  };

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
        <label htmlFor={id}>Prompt</label>
        <span id={`${id}-counter`} className={counterClass}>
          {`${length} / ${max}`}
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
        placeholder={PLACEHOLDERS[view.inputs.action]}
        onChange={(event) => setPrompt(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <ReferenceTags tags={referenceTags(view.request)} prompt={prompt} onInsert={insert} />
      <FieldNote id={id} state={state} issue={issue} />
    </div>
  );
}
