import type { StateCreator } from 'zustand';
import type { AppError } from '../../../shared/app-error';
import type { RequestOf } from '../../../shared/contract';
import type { Job } from '../../../shared/domain';
import { t } from '../i18n';
import { bridge, toAppError } from '../ipc/kling';
import { truncate } from '../lib/format';
import { jobStateLabel } from '../lib/job-labels';
import type { JobsState } from './jobs-store';

export type SubmitRequest = RequestOf<'jobs:submit'>;
export type SubmitToolRequest = RequestOf<'tools:submit'>;

export interface JobListSlice {
  byId: Record<string, Job>;
  /** The latest change worth saying aloud; read by the queue's polite live region. */
  announcement: string;
  loadError: AppError | null;
  upsert: (job: Job) => void;
  /** Takes a whole answer (a list or a reordered queue) without announcing each row. */
  merge: (jobs: readonly Job[]) => void;
  drop: (jobId: string) => void;
  load: () => Promise<void>;
  submit: (request: SubmitRequest) => Promise<Job>;
  /** Motion control, lip-sync or talking photo, into the same queue. */
  submitTool: (request: SubmitToolRequest) => Promise<Job>;
}

/**
 * Events and call answers can arrive out of order (a `jobs:changed` may beat the submit
 * answer), so an older copy of a job never replaces a newer one.
 */
function isOlder(incoming: Job, existing: Job | undefined): boolean {
  if (!existing) return false;
  return Date.parse(incoming.updatedAt) < Date.parse(existing.updatedAt);
}

export const createJobListSlice: StateCreator<JobsState, [], [], JobListSlice> = (set, get) => ({
  byId: {},
  announcement: '',
  loadError: null,
  upsert: (job) => {
    const existing = get().byId[job.id];
    if (isOlder(job, existing)) return;
    const changed = existing?.state !== job.state;
    set((state) => ({
      byId: { ...state.byId, [job.id]: job },
      announcement: changed
        ? t('jobs:announce', { state: jobStateLabel(job), prompt: truncate(job.prompt, 60) })
        : state.announcement,
    }));
  },
  merge: (jobs) => {
    set((state) => {
      const byId = { ...state.byId };
      for (const job of jobs) if (!isOlder(job, byId[job.id])) byId[job.id] = job;
      return { byId };
    });
  },
  drop: (jobId) => {
    set((state) => {
      const byId = { ...state.byId };
      delete byId[jobId];
      return { byId };
    });
  },
  load: async () => {
    try {
      get().merge(await bridge.jobs.list());
      set({ loadError: null });
    } catch (error) {
      set({ loadError: toAppError(error) });
    }
  },
  submit: async (request) => {
    const job = await bridge.jobs.submit(request);
    get().upsert(job);
    // Main announces queue counts when a job changes state, and a new job has no earlier
    // state; ask once so "n waiting" counts it.
    get()
      .loadQueue()
      .catch(() => undefined);
    return job;
  },
  submitTool: async (request) => {
    const job = await bridge.tools.submit(request);
    get().upsert(job);
    get()
      .loadQueue()
      .catch(() => undefined);
    return job;
  },
});
