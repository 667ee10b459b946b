import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import type { ModelStats } from '../../../../shared/model-stats';
import { MODEL_NAMES } from '../../../../shared/models';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Modal } from '../../components/Modal';
import { formatNumber, useTranslation } from '../../i18n';
import { bridge, toAppError } from '../../ipc/kling';

interface StatsDialogProps {
  onClose: () => void;
}

const percent = (value: number) =>
  formatNumber(value, { style: 'percent', maximumFractionDigits: 0 });
const seconds = (value: number) => formatNumber(value, { maximumFractionDigits: 1 });

/** "forbidden × 2, timeout × 1": each failure code with how often it happened. */
function reasonsText(stats: ModelStats, t: TFunction<'finishing'>): string {
  if (stats.failureReasons.length === 0) return '—';
  return stats.failureReasons
    .map(({ code, count }) => t('stats.reason', { code, count: formatNumber(count) }))
    .join(t('listSeparator'));
}

/**
 * How each model has done for this person, from main's job journal (`stats:byModel`): jobs,
 * failure rate and reasons, median time from acceptance to a clip in the library, and billed
 * seconds. Read when opened, so it is as fresh as the journal.
 */
export function StatsDialog({ onClose }: StatsDialogProps) {
  const { t } = useTranslation(['finishing', 'common']);
  const titleId = useId();
  const query = useQuery({
    queryKey: ['stats', 'byModel'],
    queryFn: () => bridge.stats.byModel(),
    staleTime: 0,
  });
  const rows = (query.data ?? []).filter((stats) => stats.jobs > 0);
  return (
    <Modal labelledBy={titleId} className="stats-dialog" onClose={onClose}>
      <h2 id={titleId}>{t('stats.title')}</h2>
      {query.error ? <ErrorAlert error={toAppError(query.error)} /> : null}
      {query.data === undefined && !query.error ? <p role="status">{t('stats.reading')}</p> : null}
      {query.data !== undefined && rows.length === 0 ? <p>{t('stats.empty')}</p> : null}
      {rows.length > 0 ? (
        <div className="stats-table-wrap">
          <table className="stats-table">
            <caption className="visually-hidden">{t('stats.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('stats.model')}</th>
                <th scope="col">{t('stats.jobs')}</th>
                <th scope="col">{t('stats.failed')}</th>
                <th scope="col">{t('stats.failureRate')}</th>
                <th scope="col">{t('stats.reasons')}</th>
                <th scope="col">{t('stats.median')}</th>
                <th scope="col">{t('stats.billed')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((stats) => (
                <tr key={stats.model}>
                  <th scope="row">
                    {MODEL_NAMES[stats.model]} <span className="stats-id">{stats.model}</span>
                  </th>
                  <td>{formatNumber(stats.jobs)}</td>
                  <td>{formatNumber(stats.failed)}</td>
                  <td>{stats.failureRate === null ? '—' : percent(stats.failureRate)}</td>
                  <td>{reasonsText(stats, t)}</td>
                  <td>
                    {stats.medianSecondsToFinish === null
                      ? '—'
                      : t('seconds', { value: seconds(stats.medianSecondsToFinish) })}
                  </td>
                  <td>{seconds(stats.billedSeconds)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className="row row-end">
        <button type="button" className="button" onClick={onClose}>
          {t('common:close')}
        </button>
      </div>
    </Modal>
  );
}
