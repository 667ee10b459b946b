import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Modal } from '../../components/Modal';
import { bridge, toAppError } from '../../ipc/kling';
import { useProjects } from '../../query/library-queries';
import { creditsText } from './credits';
import { spendKey, usePricing } from './use-pricing';

/** How many days the dialog lists. */
const DAYS_SHOWN = 14;

/**
 * Credits spent per day and per project (`making:spend`, from the job journal at the current
 * rates: billed seconds where known, requested ones otherwise), against the daily budget.
 */
export function SpendDialog({ onClose }: { onClose: () => void }) {
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
      <h2 id={titleId}>Spending</h2>
      {query.error ? <ErrorAlert error={toAppError(query.error)} /> : null}
      {spend ? (
        <>
          <p>
            Today: about {creditsText(spend.today)}
            {budget !== null ? ` of a ${creditsText(budget)} daily budget` : ' (no daily budget)'}.
            Figures are estimates at your rates; {creditsText(spend.billed)} of them come from
            billed seconds.
          </p>
          {spend.byDay.length === 0 ? (
            <p>Nothing spent yet: figures appear once AceData accepts a job.</p>
          ) : (
            <div className="stats-table-wrap row row-wrap">
              <table className="stats-table spend-table">
                <caption>Per day</caption>
                <thead>
                  <tr>
                    <th scope="col">Day</th>
                    <th scope="col">Credits</th>
                  </tr>
                </thead>
                <tbody>
                  {spend.byDay.slice(0, DAYS_SHOWN).map(({ day, credits }) => (
                    <tr key={day}>
                      <td>{day}</td>
                      <td>{credits}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <table className="stats-table spend-table">
                <caption>Per project</caption>
                <thead>
                  <tr>
                    <th scope="col">Project</th>
                    <th scope="col">Credits</th>
                  </tr>
                </thead>
                <tbody>
                  {spend.byProject.map(({ projectId, credits }) => (
                    <tr key={projectId}>
                      <td>{nameOf(projectId)}</td>
                      <td>{credits}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : !query.error ? (
        <p role="status">Reading the journal…</p>
      ) : null}
      <div className="row row-end">
        <button type="button" className="button button-quiet" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
