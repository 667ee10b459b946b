/**
 * The composer's form, found by a class rather than its name: the name is translated, and a
 * flow from elsewhere must find the form in every language.
 */
export const COMPOSER_FORM_SELECTOR = 'form.composer';

/** The composer's prompt: the one place a flow from elsewhere lands. */
export const COMPOSER_PROMPT_SELECTOR = `${COMPOSER_FORM_SELECTOR} textarea[name="prompt"]`;

export function focusComposerPrompt(): void {
  document.querySelector<HTMLElement>(COMPOSER_PROMPT_SELECTOR)?.focus();
}
