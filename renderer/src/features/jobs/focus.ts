/** Where focus lands when the control that had it leaves with its row. */
export const JOBS_HEADING_SELECTOR = '[data-jobs-heading]';

export function focusJobsHeading(): void {
  document.querySelector<HTMLElement>(JOBS_HEADING_SELECTOR)?.focus();
}
