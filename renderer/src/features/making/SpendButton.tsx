import { useState } from 'react';
import { SpendDialog } from './SpendDialog';

/** Opens the spending per day and project; the dialog is mounted only while open. */
export function SpendButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button-small" onClick={() => setOpen(true)}>
        Spending
      </button>
      {open ? <SpendDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
