import type { Job } from '../../../../shared/domain';
import { selectQueueStatus, type JobsState } from '../../stores/jobs-store';

/** Whether the daily budget holds the queue now: nothing waiting is sent until it is released. */
export function selectBudgetHeld(state: JobsState): boolean {
  return Boolean(selectQueueStatus(state)?.budgetHold);
}

/**
 * Whether `job` waits on the budget rather than on its turn: only jobs not yet sent are held,
 * and they are not moving, so they get no running progress bar.
 */
export function isHeldByBudget(job: Job, budgetHeld: boolean): boolean {
  return budgetHeld && job.state === 'queued';
}
