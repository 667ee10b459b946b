import { selectOpenSettings, useAppStore } from '../../stores/app-store';
import { selectQueueStatus, useJobsStore } from '../../stores/jobs-store';

/**
 * AceData refused the API token: nothing moves until it is replaced, so this sits under the
 * top bar, in view whatever pane is scrolled, as an alert with the fix one click away.
 */
export function TokenRefusedBanner() {
  const queue = useJobsStore(selectQueueStatus);
  const openSettings = useAppStore(selectOpenSettings);
  if (!queue?.authRequired) return null;
  return (
    <div role="alert" className="banner banner-danger shell-banner">
      <p>
        AceData refused your API token. Nothing is sent or checked until you replace it: open
        Settings and paste the token from your AceData console.
      </p>
      <button type="button" className="button button-small" onClick={openSettings}>
        Replace token
      </button>
    </div>
  );
}
