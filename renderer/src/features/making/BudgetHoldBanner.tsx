import { shownText } from '../../../../shared/wording';
import { useTranslation } from '../../i18n';
import { selectOpenSettings, useAppStore } from '../../stores/app-store';
import { selectQueueStatus, useJobsStore } from '../../stores/jobs-store';

/**
 * The queue holds for the daily budget: main's reason, worded in the language shown now, and
 * the way to release it. Drawn under the top bar like a refused token, so it is in view whatever
 * pane is scrolled: the jobs panel where the held jobs are listed is often far below the fold.
 */
export function BudgetHoldBanner() {
  const { t } = useTranslation('making');
  const status = useJobsStore(selectQueueStatus);
  const hold = status?.budgetHold ? shownText(status.budgetHold, status.budgetHoldText) : null;
  const openSettings = useAppStore(selectOpenSettings);
  if (!hold) return null;
  return (
    <div role="alert" className="banner banner-warn shell-banner">
      <p>{hold}</p>
      <button type="button" className="button button-small" onClick={openSettings}>
        {t('budgetHold.open')}
      </button>
    </div>
  );
}
