import { useTranslation } from '../../i18n';
import { selectOpenSettings, useAppStore } from '../../stores/app-store';
import { selectQueueStatus, useJobsStore } from '../../stores/jobs-store';

/**
 * AceData refused the API token: nothing moves until it is replaced, so this sits under the
 * top bar, in view whatever pane is scrolled, as an alert with the fix one click away.
 */
export function TokenRefusedBanner() {
  const { t } = useTranslation('shell');
  const queue = useJobsStore(selectQueueStatus);
  const openSettings = useAppStore(selectOpenSettings);
  if (!queue?.authRequired) return null;
  return (
    <div role="alert" className="banner banner-danger shell-banner">
      <p>{t('tokenRefused.message')}</p>
      <button type="button" className="button button-small" onClick={openSettings}>
        {t('tokenRefused.replace')}
      </button>
    </div>
  );
}
