import { insertTagAtPromptCursor } from '../composer/prompt-target';
import { COMPOSER_PROMPT_SELECTOR } from '../composer/composer-focus';
import { INSPIRATION } from './inspiration';

/** The phrase as it should land at the caret: after a comma when it follows other words. */
function phraseAtCaret(phrase: string): string {
  const prompt = document.querySelector<HTMLTextAreaElement>(COMPOSER_PROMPT_SELECTOR);
  const before = prompt ? prompt.value.slice(0, prompt.selectionStart ?? prompt.value.length) : '';
  if (before.trim() === '') return phrase;
  if (/[,;.]\s*$/.test(before)) return /\s$/.test(before) ? phrase : ` ${phrase}`;
  return `, ${phrase}`;
}

/**
 * Chips of camera, light, framing, speed and atmosphere phrases; each writes its words where
 * the caret is in the prompt (or the storyboard shot used last) and leaves the caret after them.
 */
export function InspirationChips({ customShots }: { customShots: boolean }) {
  return (
    <details className="inspiration">
      <summary>Inspiration</summary>
      {INSPIRATION.map(({ group, phrases }) => (
        <div key={group} className="chip-group" role="group" aria-label={group}>
          <span className="chip-group-name">{group}</span>
          {phrases.map((phrase) => (
            <button
              key={phrase}
              type="button"
              className="inspiration-chip"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() =>
                insertTagAtPromptCursor(customShots ? phrase : phraseAtCaret(phrase), customShots)
              }
            >
              {phrase}
            </button>
          ))}
        </div>
      ))}
    </details>
  );
}
