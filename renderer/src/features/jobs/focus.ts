/** Where focus lands when the control that had it leaves with its row. */
export const JOBS_HEADING_SELECTOR = '[data-jobs-heading]';

/** How many frames to wait for a new job's row to be drawn before giving up. */
const FOCUS_FRAMES = 30;

export function focusJobsHeading(): void {
  document.querySelector<HTMLElement>(JOBS_HEADING_SELECTOR)?.focus();
}

/**
 * Moves focus to a job's entry in the jobs strip once it is drawn, so a keyboard or screen
 * reader user lands on the job just started. Gives up quietly after `FOCUS_FRAMES` frames.
 */
export function focusJob(jobId: string): void {
  let frames = 0;
  const attempt = () => {
    const entry = document.querySelector<HTMLElement>(`[data-strip-job="${CSS.escape(jobId)}"]`);
    if (entry) entry.focus();
    else if (++frames < FOCUS_FRAMES) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/**
 * Scrolls the Jobs panel to a job's entry and moves focus there, where its explanation and
 * actions (such as *Retry anyway…*) are. Does nothing when the entry is not drawn.
 */
export function showQueueEntry(jobId: string): void {
  const entry = document.querySelector<HTMLElement>(`[data-queue-job="${CSS.escape(jobId)}"]`);
  if (!entry) return;
  entry.scrollIntoView?.({ block: 'center' });
  entry.focus();
}
