import { flushSync } from 'react-dom';
import { useComposerStore } from '../../stores/composer-store';
import { focusComposerPrompt } from './composer-focus';

/**
 * Puts `prompt` back in the composer's prompt field and moves focus there, caret at the end,
 * so a refused prompt can be changed where it is written rather than retyped.
 */
export function editPrompt(prompt: string): void {
  // Rendered before focusing, so the field already holds the text the caret is placed in.
  flushSync(() => useComposerStore.getState().setSetting('prompt', prompt));
  focusComposerPrompt();
  const field = document.activeElement;
  if (field instanceof HTMLTextAreaElement) field.setSelectionRange(prompt.length, prompt.length);
}
