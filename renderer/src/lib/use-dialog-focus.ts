import { useEffect, useState, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * Modal focus rules: focus moves in on open, Tab cycles inside, Escape closes, and focus
 * returns to whatever opened the dialog — or, when that is gone (the row it sat in changed),
 * to the element `fallbackSelector` names.
 */
export function useDialogFocus(
  dialogRef: RefObject<HTMLElement | null>,
  initialFocusRef: RefObject<HTMLElement | null>,
  onClose: () => void,
  fallbackSelector?: string,
): (event: KeyboardEvent<HTMLElement>) => void {
  // Read during the first render, before the rest of the window turns inert and drops focus.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  useEffect(() => {
    (initialFocusRef.current ?? dialogRef.current)?.focus();
    // Runs after the window is interactive again, so the opener can take focus back.
    return () => {
      if (opener?.isConnected) opener.focus();
      else if (fallbackSelector) document.querySelector<HTMLElement>(fallbackSelector)?.focus();
    };
  }, [dialogRef, initialFocusRef, opener, fallbackSelector]);

  return (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const items = Array.from(dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
}
