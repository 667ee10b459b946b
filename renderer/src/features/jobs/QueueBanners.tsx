import { useTranslation } from '../../i18n';
import { selectQueueStatus, useJobsStore } from '../../stores/jobs-store';

/**
 * Why the queue is not moving, in a polite live region that is always there, so a new line is
 * read when it appears. A refused token and a budget hold are said above everything, by
 * `TokenRefusedBanner` and `BudgetHoldBanner`.
 */
export function QueueBanners() {
  const queue = useJobsStore(selectQueueStatus);
  const { t } = useTranslation('jobs');
  return (
    <>
      <div role="status" className="banner-stack">
        {queue?.offline ? <p className="banner banner-warn">{t('queue.offline')}</p> : null}
        {queue?.paused ? <p className="banner banner-info">{t('queue.paused')}</p> : null}
      </div>
    </>
  );
}
