import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { ModelStats } from '../../../../shared/model-stats';
import { MODEL_NAMES } from '../../../../shared/models';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Modal } from '../../components/Modal';
import { bridge, toAppError } from '../../ipc/kling';

interface StatsDialogProps {
  onClose: () => void;
}

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
const seconds = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

function reasonsText(stats: ModelStats): string {
  if (stats.failureReasons.length === 0) return '—';
  return stats.failureReasons.map(({ code, count }) => `${code} × ${count}`).join(', ');
}

/**
 * How each model has done for this person, from main's job journal (`stats:byModel`): jobs,
 * failure rate and reasons, median time from acceptance to a clip in the library, and billed
 * seconds. Read when opened, so it is as fresh as the journal.
 */
export function StatsDialog({ onClose }: StatsDialogProps) {
  const titleId = useId();
  const query = useQuery({
    queryKey: ['stats', 'byModel'],
    queryFn: () => bridge.stats.byModel(),
    staleTime: 0,
  });
  const rows = (query.data ?? []).filter((stats) => stats.jobs > 0);
  return (
    <Modal labelledBy={titleId} className="stats-dialog" onClose={onClose}>
      <h2 id={titleId}>Statistics by model</h2>
      {query.error ? <ErrorAlert error={toAppError(query.error)} /> : null}
      {query.data === undefined && !query.error ? <p role="status">Reading the journal…</p> : null}
      {query.data !== undefined && rows.length === 0 ? (
        <p>No jobs yet: figures appear here once a video has been made.</p>
      ) : null}
      {rows.length > 0 ? (
        <div className="stats-table-wrap">
          <table className="stats-table">
            <caption className="visually-hidden">
              Jobs, failures, time to finish and billed seconds per model
            </caption>
            <thead>
              <tr>
                <th scope="col">Model</th>
                <th scope="col">Jobs</th>
                <th scope="col">Failed</th>
                <th scope="col">Failure rate</th>
                <th scope="col">Why they failed</th>
                <th scope="col">Median time to finish</th>
                <th scope="col">Billed seconds</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((stats) => (
                <tr key={stats.model}>
                  <th scope="row">
                    {MODEL_NAMES[stats.model]} <span className="stats-id">{stats.model}</span>
                  </th>
                  <td>{stats.jobs}</td>
                  <td>{stats.failed}</td>
                  <td>{stats.failureRate === null ? '—' : percent.format(stats.failureRate)}</td>
                  <td>{reasonsText(stats)}</td>
                  <td>
                    {stats.medianSecondsToFinish === null
                      ? '—'
                      : `${seconds.format(stats.medianSecondsToFinish)} s`}
                  </td>
                  <td>{seconds.format(stats.billedSeconds)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className="row row-end">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
