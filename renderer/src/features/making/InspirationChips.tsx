import { t as translate, useTranslation } from '../../i18n';
import { insertTagAtPromptCursor } from '../composer/prompt-target';
import { COMPOSER_PROMPT_SELECTOR } from '../composer/composer-focus';
import { INSPIRATION } from './inspiration';

/**
 * The phrase as it should land at the caret: after a comma when it follows other words (a
 * Chinese comma in Chinese), and with nothing added after punctuation already typed.
 */
function phraseAtCaret(phrase: string): string {
  const prompt = document.querySelector<HTMLTextAreaElement>(COMPOSER_PROMPT_SELECTOR);
  const before = prompt ? prompt.value.slice(0, prompt.selectionStart ?? prompt.value.length) : '';
  if (before.trim() === '') return phrase;
  if (/[，；。、]\s*$/.test(before)) return phrase;
  if (/[,;.]\s*$/.test(before)) return /\s$/.test(before) ? phrase : ` ${phrase}`;
  return `${translate('making:inspiration.joiner')}${phrase}`;
}

/**
 * Chips of camera, light, framing, speed and atmosphere phrases; each writes its words where
 * the caret is in the prompt (or the storyboard shot used last) and leaves the caret after them.
 */
export function InspirationChips({ customShots }: { customShots: boolean }) {
  const { t } = useTranslation('making');
  return (
    <details className="inspiration">
      <summary>{t('inspiration.summary')}</summary>
      {INSPIRATION.map(({ group, phrases }) => {
        const name = t(`inspiration.groups.${group}`);
        return (
          <div key={group} className="chip-group" role="group" aria-label={name}>
            <span className="chip-group-name">{name}</span>
            {phrases.map((key) => {
              const phrase = t(`inspiration.phrases.${key}`);
              return (
                <button
                  key={key}
                  type="button"
                  className="inspiration-chip"
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() =>
                    insertTagAtPromptCursor(
                      customShots ? phrase : phraseAtCaret(phrase),
                      customShots,
                    )
                  }
                >
                  {phrase}
                </button>
              );
            })}
          </div>
        );
      })}
    </details>
  );
}
