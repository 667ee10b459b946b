import { flushSync } from 'react-dom';

/** A text field a reference tag can be written into: the prompt, or one shot's prompt. */
export interface PromptTarget {
  element: HTMLTextAreaElement;
  write: (value: string) => void;
}

let mainPrompt: PromptTarget | null = null;
let lastShot: PromptTarget | null = null;
const shotRows = new Set<PromptTarget>();

/** The main prompt registers itself while it is on screen. */
export function setMainPromptTarget(target: PromptTarget | null): void {
  mainPrompt = target;
}

/** A shot's prompt registers itself while on screen; returns the way to unregister. */
export function addShotTarget(target: PromptTarget): () => void {
  shotRows.add(target);
  return () => void shotRows.delete(target);
}

/** Called when a shot's prompt gains focus: with custom shots, tags go to the one used last. */
export function rememberShotTarget(target: PromptTarget): void {
  lastShot = target;
}

/**
 * Writes `tag` where the caret is (replacing a selection), then puts the caret after it so
 * typing carries on. The store is updated synchronously so the caret lands in the new text.
 */
export function insertTag(target: PromptTarget, tag: string): void {
  const { element } = target;
  const start = element.selectionStart ?? element.value.length;
  const end = element.selectionEnd ?? start;
  flushSync(() => target.write(element.value.slice(0, start) + tag + element.value.slice(end)));
  element.focus();
  element.setSelectionRange(start + tag.length, start + tag.length);
}

function firstShot(): PromptTarget | null {
  const rows = [...shotRows].filter((target) => target.element.isConnected);
  rows.sort((a, b) =>
    a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
  return rows[0] ?? null;
}

/**
 * Inserts `tag` where the request reads names: with custom shots, into the shot prompt used
 * last (the first shot before any was used); otherwise into the main prompt. False when that
 * field is not on screen.
 */
export function insertTagAtPromptCursor(tag: string, customShots: boolean): boolean {
  const target = customShots
    ? lastShot?.element.isConnected && shotRows.has(lastShot)
      ? lastShot
      : firstShot()
    : mainPrompt;
  if (!target?.element.isConnected) return false;
  insertTag(target, tag);
  return true;
}
