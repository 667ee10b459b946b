import { useTranslation } from '../../i18n';
import { useOnline } from './use-online';

/** Says that being offline costs nothing here: the library is files on this computer. */
export function OfflineBanner() {
  const { t } = useTranslation('library');
  const online = useOnline();
  // The live region stays mounted so the change is announced, not just drawn.
  return (
    <div role="status" className="offline-slot">
      {online ? null : <p className="banner banner-info">{t('section.offline')}</p>}
    </div>
  );
}
