import { useId } from 'react';
import { selectOpenSettings, useAppStore } from '../../stores/app-store';
import { selectTokenStatus, useTokenStore } from '../../stores/token-store';
import type { TokenStatus } from '../../../../shared/domain';

function badgeText(status: TokenStatus | null): string {
  if (!status) return 'Checking token…';
  if (!status.hasToken) return 'No token';
  return `Token …${status.last4 ?? ''}`;
}

export function TopBar() {
  const openSettings = useAppStore(selectOpenSettings);
  const status = useTokenStore(selectTokenStatus);
  const badgeId = useId();
  const tone = !status ? 'pending' : status.hasToken ? (status.warning ? 'warn' : 'ok') : 'missing';
  return (
    <header className="top-bar">
      <h1 className="app-name">Kling Studio</h1>
      {/* The label keeps the button's name exactly "Settings"; the badge is its description. */}
      <button
        type="button"
        className="button button-quiet settings-button"
        aria-label="Settings"
        aria-describedby={badgeId}
        onClick={openSettings}
      >
        <span>Settings</span>
        <span id={badgeId} className={`badge badge-${tone}`}>
          {badgeText(status)}
        </span>
      </button>
    </header>
  );
}
