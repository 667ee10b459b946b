import { useId } from 'react';
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

function badgeText(status: TokenStatus | null, tone: Tone): string {
  if (!status) return 'Checking token…';
  if (!status.hasToken) return 'No token';
  const token = `Token …${status.last4 ?? ''}`;
  return tone === 'refused' ? `${token} refused` : token;
}

export function TopBar() {
  const openSettings = useAppStore(selectOpenSettings);
  const status = useTokenStore(selectTokenStatus);
  const badgeId = useId();
  const refused = useJobsStore((state) => selectQueueStatus(state)?.authRequired ?? false);
  const tone = toneOf(status, refused);
  return (
    <header className="top-bar">
      <h1 className="app-name">Kling Studio</h1>
      {/* The badge sits beside the button, not in it, so the button's visible label and its
          accessible name are the same word; the badge is read as its description. */}
      <div className="row">
        <span id={badgeId} className={`badge badge-${tone}`}>
          {badgeText(status, tone)}
        </span>
        <button
          type="button"
          className="button button-quiet"
          aria-describedby={badgeId}
          onClick={openSettings}
        >
          Settings
        </button>
      </div>
    </header>
  );
}
