import { selectOpenSettings, useAppStore } from '../../stores/app-store';
import { selectQueueStatus, useJobsStore } from '../../stores/jobs-store';

/**
 * Why the queue is not moving. The auth banner is an alert (the user must act); the others
 * sit in a polite live region that is always there, so a new line is read when it appears.
 */
export function QueueBanners() {
  const queue = useJobsStore(selectQueueStatus);
  const openSettings = useAppStore(selectOpenSettings);
  return (
    <>
      {queue?.authRequired ? (
        <div role="alert" className="banner banner-danger">
          <p>AceData refused your token. Nothing is sent or checked until you replace it.</p>
          <button type="button" className="button button-small" onClick={openSettings}>
            Replace token
          </button>
        </div>
      ) : null}
      <div role="status" className="banner-stack">
        {queue?.offline ? (
          <p className="banner banner-warn">
            Offline — waiting for a connection. Your library still works.
          </p>
        ) : null}
        {queue?.paused ? (
          <p className="banner banner-info">Queue paused: queued jobs wait until you resume.</p>
        ) : null}
      </div>
    </>
  );
}
