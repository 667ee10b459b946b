import { create } from 'zustand';
import type { AppError } from '../../../shared/app-error';
import type { Job, JobState, QueueStatus } from '../../../shared/domain';
import { t } from '../i18n';
import { truncate } from '../lib/format';
import { jobStateLabel } from '../lib/job-labels';
import { createJobListSlice, type JobListSlice } from './job-list-slice';
import { createQueueSlice, type QueueSlice } from './queue-slice';

export type { SubmitRequest } from './job-list-slice';
export type JobsState = JobListSlice & QueueSlice;

/** One store for jobs: the rows main reports, and the queue they wait in. */
export const useJobsStore = create<JobsState>()((...args) => ({
  ...createJobListSlice(...args),
  ...createQueueSlice(...args),
}));

const IN_PROGRESS: readonly JobState[] = [
  'submitting',
  'submitted',
  'running',
  'succeeded',
  'downloading',
];

function newestFirst(a: Job, b: Job): number {
  return Date.parse(b.createdAt) - Date.parse(a.createdAt);
}

/** With AceData now; newest first. Builds a new array: select with useShallow. */
export function selectActiveJobs(state: JobsState): Job[] {
  return Object.values(state.byId)
    .filter((job) => IN_PROGRESS.includes(job.state))
    .sort(newestFirst);
}

/** Waiting to be sent, in the order main will send them. Select with useShallow. */
export function selectQueuedJobs(state: JobsState): Job[] {
  return Object.values(state.byId)
    .filter((job) => job.state === 'queued')
    .sort(
      (a, b) =>
        (a.queuePosition ?? Infinity) - (b.queuePosition ?? Infinity) ||
        a.createdAt.localeCompare(b.createdAt),
    );
}

/** Ready, failed or unknown; newest first. Select with useShallow. */
export function selectFinishedJobs(state: JobsState): Job[] {
  return Object.values(state.byId)
    .filter((job) => !IN_PROGRESS.includes(job.state) && job.state !== 'queued')
    .sort(newestFirst);
}

/**
 * The latest change worth saying aloud, in the current language (a new string each language,
 * equal by value otherwise, so it selects without `useShallow`).
 */
export function selectAnnouncement(state: JobsState): string {
  const said = state.announcement;
  if (said === null) return '';
  if (said.kind === 'state')
    return t('jobs:announce', {
      state: jobStateLabel(said.job),
      prompt: truncate(said.job.prompt, 60),
    });
  if (said.kind === 'removed')
    return t('jobs:queue.removed', { prompt: truncate(said.prompt, 60) });
  return t('jobs:queue.moved', { place: said.place, prompt: truncate(said.prompt, 60) });
}

export function selectJobsLoadError(state: JobsState): AppError | null {
  return state.loadError;
}

export function selectSubmit(state: JobsState): JobsState['submit'] {
  return state.submit;
}

export function selectQueueStatus(state: JobsState): QueueStatus | null {
  return state.queue;
}

export function selectQueueActionError(state: JobsState): AppError | null {
  return state.actionError;
}

export function selectRetryConfirmJob(state: JobsState): Job | null {
  return state.confirmRetryFor ? (state.byId[state.confirmRetryFor] ?? null) : null;
}

/** The queue's actions, picked together; use with useShallow. */
export function selectQueueActions(state: JobsState) {
  return {
    pause: state.pause,
    resume: state.resume,
    remove: state.remove,
    move: state.move,
    retry: state.retry,
    askRetryAnyway: state.askRetryAnyway,
    cancelRetryAnyway: state.cancelRetryAnyway,
  };
}
