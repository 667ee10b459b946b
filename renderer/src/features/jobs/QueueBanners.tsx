import { useTranslation } from '../../i18n';
import { selectQueueStatus, useJobsStore } from '../../stores/jobs-store';
import { BudgetHoldBanner } from '../making/BudgetHoldBanner';

/**
 * Why the queue is not moving, in a polite live region that is always there, so a new line is
 * read when it appears. A refused token is said above everything, by `TokenRefusedBanner`.
 */
export function QueueBanners() {
  const queue = useJobsStore(selectQueueStatus);
  const { t } = useTranslation('jobs');
  return (
    <>
      <div role="status" className="banner-stack">
        {queue?.offline ? <p className="banner banner-warn">{t('queue.offline')}</p> : null}
        {queue?.paused ? <p className="banner banner-info">{t('queue.paused')}</p> : null}
        <BudgetHoldBanner />
      </div>
    </>
  );
}
