import { useState } from 'react';
import { useTranslation } from '../../i18n';
import { BatchDialog } from './BatchDialog';

/** Opens the batch: many videos from lines of text or a CSV file. */
export function BatchButton() {
  const { t } = useTranslation('making');
  const [open, setOpen] = useState(false);
  return (
    // In a row, so the button keeps its own width in the composer's column.
    <div className="row">
      <button
        type="button"
        className="button button-small button-quiet"
        onClick={() => setOpen(true)}
      >
        {t('batch.open')}
      </button>
      {open ? <BatchDialog onClose={() => setOpen(false)} /> : null}
    </div>
  );
}
