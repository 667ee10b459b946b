import { useState } from 'react';
import { useTranslation } from '../../i18n';
import { StatsDialog } from './StatsDialog';

/** Opens the per-model statistics; the dialog is mounted only while it is open. */
export function StatsButton() {
  const { t } = useTranslation('finishing');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button-small" onClick={() => setOpen(true)}>
        {t('stats.button')}
      </button>
      {open ? <StatsDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
