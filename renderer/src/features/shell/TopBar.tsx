import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from '../../i18n';
import { selectOpenSettings, useAppStore } from '../../stores/app-store';
import { selectQueueStatus, useJobsStore } from '../../stores/jobs-store';
import { selectTokenStatus, useTokenStore } from '../../stores/token-store';
import type { TokenStatus } from '../../../../shared/domain';

type Tone = 'pending' | 'missing' | 'refused' | 'warn' | 'ok';

function toneOf(status: TokenStatus | null, refused: boolean): Tone {
  if (!status) return 'pending';
  if (!status.hasToken) return 'missing';
  // A stored token AceData answers 401 to is worse than a warning about where it is kept.
  if (refused) return 'refused';
  return status.warning ? 'warn' : 'ok';
}

function badgeText(t: TFunction<'shell'>, status: TokenStatus | null, tone: Tone): string {
  if (!status) return t('topBar.checking');
  if (!status.hasToken) return t('topBar.noToken');
  const last4 = status.last4 ?? '';
  return tone === 'refused' ? t('topBar.refused', { last4 }) : t('topBar.token', { last4 });
}

/** The app's name, and the token's state beside the button that opens Settings. */
export function TopBar() {
  const { t } = useTranslation('shell');
  const openSettings = useAppStore(selectOpenSettings);
  const status = useTokenStore(selectTokenStatus);
  const badgeId = useId();
  const refused = useJobsStore((state) => selectQueueStatus(state)?.authRequired ?? false);
  const tone = toneOf(status, refused);
  return (
    <header className="top-bar">
      <h1 className="app-name">{t('appName')}</h1>
      {/* The badge sits beside the button, not in it, so the button's visible label and its
          accessible name are the same word; the badge is read as its description. */}
      <div className="row">
        <span id={badgeId} className={`badge badge-${tone}`}>
          {badgeText(t, status, tone)}
        </span>
        <button
          type="button"
          className="button button-quiet"
          aria-describedby={badgeId}
          onClick={openSettings}
        >
          {t('topBar.settings')}
        </button>
      </div>
    </header>
  );
}
