import { useState } from 'react';
import { StatsDialog } from './StatsDialog';

/** Opens the per-model statistics; the dialog is mounted only while it is open. */
export function StatsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button-small" onClick={() => setOpen(true)}>
        Statistics
      </button>
      {open ? <StatsDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
