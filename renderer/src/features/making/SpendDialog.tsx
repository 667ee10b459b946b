import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Modal } from '../../components/Modal';
import { formatDateTime, formatNumber, useTranslation } from '../../i18n';
import { bridge, toAppError } from '../../ipc/kling';
import { useProjects } from '../../query/library-queries';
import { creditsText } from './credits';
import { spendKey, usePricing } from './use-pricing';

/** A local day key ("2026-11-29") as the language writes a date; an unreadable key as it is. */
function dayName(day: string): string {
  // No zone on purpose: the key is a local day, so it is read as local midnight.
  return formatDateTime(`${day}T00:00:00`, { dateStyle: 'medium' });
}

/** How many days the dialog lists. */
const DAYS_SHOWN = 14;

/**
 * Credits spent per day and per project (`making:spend`, from the job journal at the current
 * rates: billed seconds where known, requested ones otherwise), against the daily budget.
 */
export function SpendDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['making', 'common']);
  const titleId = useId();
  const query = useQuery({
    queryKey: spendKey,
    queryFn: () => bridge.making.spend(),
    staleTime: 0,
  });
  const budget = usePricing().data?.budget.dailyCredits ?? null;
  const { projects } = useProjects();
  const nameOf = (id: string) => projects.find((project) => project.id === id)?.name ?? id;
  const spend = query.data;
  return (
    <Modal labelledBy={titleId} className="stats-dialog" onClose={onClose}>
      <h2 id={titleId}>{t('spend.title')}</h2>
      {query.error ? <ErrorAlert error={toAppError(query.error)} /> : null}
      {spend ? (
        <>
          <p>
            {budget !== null
              ? t('spend.todayBudget', {
                  today: creditsText(spend.today),
                  budget: creditsText(budget),
                  billed: creditsText(spend.billed),
                })
              : t('spend.todayNoBudget', {
                  today: creditsText(spend.today),
                  billed: creditsText(spend.billed),
                })}
          </p>
          {spend.byDay.length === 0 ? (
            <p>{t('spend.nothingYet')}</p>
          ) : (
            <div className="stats-table-wrap row row-wrap">
              <table className="stats-table spend-table">
                <caption>{t('spend.perDay')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('spend.day')}</th>
                    <th scope="col">{t('spend.credits')}</th>
                  </tr>
                </thead>
                <tbody>
                  {spend.byDay.slice(0, DAYS_SHOWN).map(({ day, credits }) => (
                    <tr key={day}>
                      <td>{dayName(day)}</td>
                      <td>{formatNumber(credits)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <table className="stats-table spend-table">
                <caption>{t('spend.perProject')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('spend.project')}</th>
                    <th scope="col">{t('spend.credits')}</th>
                  </tr>
                </thead>
                <tbody>
                  {spend.byProject.map(({ projectId, credits }) => (
                    <tr key={projectId}>
                      <td>{nameOf(projectId)}</td>
                      <td>{formatNumber(credits)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : !query.error ? (
        <p role="status">{t('spend.reading')}</p>
      ) : null}
      <div className="row row-end">
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('common:close')}
        </button>
      </div>
    </Modal>
  );
}
