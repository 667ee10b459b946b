import { create } from 'zustand';
import type { AppError } from '../../../shared/app-error';
import type { Job } from '../../../shared/domain';
import type { RequestOf } from '../../../shared/contract';
import { call, kling, toAppError } from '../ipc/kling';
import { jobStateLabel } from '../lib/job-labels';
import { truncate } from '../lib/format';

export type SubmitRequest = RequestOf<'jobs:submit'>;

export interface JobsState {
  byId: Record<string, Job>;
  /** The latest change worth saying aloud; read by the queue's polite live region. */
  announcement: string;
  loadError: AppError | null;
  upsert: (job: Job) => void;
  load: () => Promise<void>;
  submit: (request: SubmitRequest) => Promise<Job>;
}

/**
 * Events and call answers can arrive out of order (a `jobs:changed` may beat the submit
 * answer), so an older copy of a job never replaces a newer one.
 */
function isOlder(incoming: Job, existing: Job | undefined): boolean {
  if (!existing) return false;
  return Date.parse(incoming.updatedAt) < Date.parse(existing.updatedAt);
}

export const useJobsStore = create<JobsState>()((set, get) => ({
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
        ? `${jobStateLabel(job)}: ${truncate(job.prompt, 60)}`
        : state.announcement,
    }));
  },
  load: async () => {
    try {
      const jobs = await call(kling().jobs.list());
      set((state) => {
        const byId = { ...state.byId };
        for (const job of jobs) if (!isOlder(job, byId[job.id])) byId[job.id] = job;
        return { byId, loadError: null };
      });
    } catch (error) {
      set({ loadError: toAppError(error) });
    }
  },
  submit: async (request) => {
    const job = await call(kling().jobs.submit(request));
    get().upsert(job);
    return job;
  },
}));

/** Newest first; select with useShallow, since this builds a new array. */
export function selectJobsNewestFirst(state: JobsState): Job[] {
  return Object.values(state.byId).sort(
    (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt),
  );
}

export function selectAnnouncement(state: JobsState): string {
  return state.announcement;
}

export function selectJobsLoadError(state: JobsState): AppError | null {
  return state.loadError;
}

export function selectSubmit(state: JobsState): JobsState['submit'] {
  return state.submit;
}
