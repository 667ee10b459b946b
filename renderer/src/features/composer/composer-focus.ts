/** The composer's prompt, found by its name: the one place a flow from elsewhere lands. */
export const COMPOSER_PROMPT_SELECTOR = 'form[aria-label="Composer"] textarea[name="prompt"]';

export function focusComposerPrompt(): void {
  document.querySelector<HTMLElement>(COMPOSER_PROMPT_SELECTOR)?.focus();
}
