import { useState } from 'react';
import { useTranslation } from '../../i18n';
import { SpendDialog } from './SpendDialog';

/** Opens the spending per day and project; the dialog is mounted only while open. */
export function SpendButton() {
  const { t } = useTranslation('making');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button-small" onClick={() => setOpen(true)}>
        {t('spend.open')}
      </button>
      {open ? <SpendDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
