/**
 * jsdom has `<dialog>` but not `showModal()`/`close()`. This adds the part the app relies on:
 * `open` reflects the state, Escape fires a cancelable `cancel` at the open modal and closes it
 * unless cancelled, and `close()` fires `close`. Top-layer inertness and focus return are the
 * browser's own; the Chromium e2e checks those.
 */
const shownModal = new WeakSet<HTMLDialogElement>();

/** True while `dialog` is open through `showModal()` (not `show()` nor the bare attribute). */
export function isShownModal(dialog: Element): boolean {
  return dialog instanceof HTMLDialogElement && dialog.open && shownModal.has(dialog);
}

export function installDialogPolyfill(): void {
  const proto = window.HTMLDialogElement.prototype;
  if (typeof proto.showModal === 'function') return;
  const modals: HTMLDialogElement[] = [];

  proto.showModal = function showModal(this: HTMLDialogElement) {
    if (this.open) throw new DOMException('The dialog is already open.', 'InvalidStateError');
    this.setAttribute('open', '');
    modals.push(this);
    shownModal.add(this);
  };
  proto.show = function show(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function close(this: HTMLDialogElement, returnValue?: string) {
    if (!this.open) return;
    this.removeAttribute('open');
    if (returnValue !== undefined) this.returnValue = returnValue;
    shownModal.delete(this);
    const index = modals.indexOf(this);
    if (index >= 0) modals.splice(index, 1);
    this.dispatchEvent(new Event('close'));
  };

  document.addEventListener('keydown', (event) => {
    const top = modals[modals.length - 1];
    if (event.key !== 'Escape' || !top) return;
    const proceed = top.dispatchEvent(new Event('cancel', { cancelable: true }));
    if (proceed) top.close();
  });
}
