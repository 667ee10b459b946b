import type { StateCreator } from 'zustand';
import type { AppError } from '../../../shared/app-error';
import type { RequestOf } from '../../../shared/contract';
import type { Job } from '../../../shared/domain';
import { bridge, toAppError } from '../ipc/kling';
import type { JobsState } from './jobs-store';

export type SubmitRequest = RequestOf<'jobs:submit'>;
export type SubmitToolRequest = RequestOf<'tools:submit'>;

/**
 * The latest change worth saying aloud, kept as what happened so the live region words it in
 * the language it is drawn in: a job in its new state (the copy of that moment), or a job
 * taken out of the queue or moved to a place in it (1 is first).
 */
export type JobAnnouncement =
  | { kind: 'state'; job: Job }
  | { kind: 'removed'; prompt: string }
  | { kind: 'moved'; prompt: string; place: number };

export interface JobListSlice {
  byId: Record<string, Job>;
  /** The latest change worth saying aloud; read by the queue's polite live region. */
  announcement: JobAnnouncement | null;
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
  announcement: null,
  loadError: null,
  upsert: (job) => {
    const existing = get().byId[job.id];
    if (isOlder(job, existing)) return;
    const changed = existing?.state !== job.state;
    set((state) => ({
      byId: { ...state.byId, [job.id]: job },
      announcement: changed ? { kind: 'state', job } : state.announcement,
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
