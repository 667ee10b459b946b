import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { QueueStatus } from '../../../../shared/domain';
import { formatNumber, t, useTranslation } from '../../i18n';
import { selectQueueActions, selectQueueStatus, useJobsStore } from '../../stores/jobs-store';

function summary(queue: QueueStatus): string {
  return t('jobs:queue.summary', {
    inFlight: formatNumber(queue.inFlight),
    maxInFlight: formatNumber(queue.maxInFlight),
    queued: formatNumber(queue.queued),
  });
}

/** The section title, how full the queue is, and the one switch that holds it. */
export function QueueHeader() {
  const queue = useJobsStore(selectQueueStatus);
  // Also redraws `summary` when the language changes.
  const { t } = useTranslation('jobs');
  const { pause, resume } = useJobsStore(useShallow(selectQueueActions));
  // Not `disabled` while a call is out: that would drop keyboard focus from the button.
  const busy = useRef(false);
  const paused = queue?.paused ?? false;

  const onToggle = async () => {
    if (busy.current) return;
    busy.current = true;
    await (paused ? resume() : pause());
    busy.current = false;
  };

  return (
    <div className="queue-header">
      <div>
        {/* Focus comes here when the row that had it is removed. */}
        <h2 className="card-title" tabIndex={-1} data-jobs-heading>
          {t('queue.heading')}
        </h2>
        {queue ? <p className="queue-summary">{summary(queue)}</p> : null}
      </div>
      {/* The name says what a press does; it flips when main reports the new state. */}
      <button type="button" className="button button-small" onClick={onToggle}>
        {paused ? t('queue.resume') : t('queue.pause')}
      </button>
    </div>
  );
}
