import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';

interface ModalProps {
  /** `alertdialog` for a question that interrupts; `dialog` for a panel such as Settings. */
  role?: 'dialog' | 'alertdialog';
  labelledBy: string;
  describedBy?: string;
  className?: string;
  /** Takes focus when the dialog opens; the dialog's first control when absent. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Called for Escape; the owner decides whether the dialog goes away (it unmounts it). */
  onClose: () => void;
  /** Where focus goes on close when the element that opened the dialog is gone. */
  fallbackFocus?: string;
  children: ReactNode;
}

/**
 * A native modal `<dialog>`, open for as long as it is mounted. `showModal()` puts it in the top
 * layer, so the browser makes the rest of the window inert and keeps Tab inside; this adds only
 * what the platform leaves to the page: the owner's state decides when it closes, and focus goes
 * back to the opener — or to `fallbackFocus` when the opener left with its row.
 */
export function Modal({
  role = 'dialog',
  labelledBy,
  describedBy,
  className,
  initialFocus,
  onClose,
  fallbackFocus,
  children,
}: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // Read at open time only: later renders must not move the focus target.
  const initialFocusRef = useRef(initialFocus);
  const fallbackRef = useRef(fallbackFocus);

  // A layout effect, so the opener is read before anything else takes focus and the dialog
  // is closed before React removes it from the document.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const active = document.activeElement;
    // The body is where focus falls when nothing holds it: no opener to go back to.
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;
    const fallback = fallbackRef.current;
    dialog.showModal();
    initialFocusRef.current?.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
      else if (fallback) document.querySelector<HTMLElement>(fallback)?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className={className ? `dialog ${className}` : 'dialog'}
      onCancel={(event) => {
        // Escape: the owner's state closes the dialog by unmounting it, so the two never disagree.
        event.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
