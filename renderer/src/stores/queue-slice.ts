import type { StateCreator } from 'zustand';
import { AppError } from '../../../shared/app-error';
import type { QueueStatus } from '../../../shared/domain';
import { bridge, toAppError } from '../ipc/kling';
import { t } from '../i18n';
import type { JobsState } from './jobs-store';

export interface QueueSlice {
  /** What main last said about the queue; null until it has answered once. */
  queue: QueueStatus | null;
  /** The last queue action that failed, shown beside the queue until the next one. */
  actionError: AppError | null;
  /** The unknown job whose "send again" the user is being asked to confirm. */
  confirmRetryFor: string | null;
  setQueue: (status: QueueStatus) => void;
  loadQueue: () => Promise<void>;
  pause: () => Promise<boolean>;
  resume: () => Promise<boolean>;
  remove: (jobId: string) => Promise<boolean>;
  move: (jobId: string, toPosition: number) => Promise<boolean>;
  retry: (jobId: string, acceptPossibleCharge: boolean) => Promise<boolean>;
  askRetryAnyway: (jobId: string) => void;
  cancelRetryAnyway: () => void;
}

/** Built when thrown, so it is in the language of the moment. */
const notRemoved = () => new AppError('not_removed', t('jobs:queue.notRemoved'));

export const createQueueSlice: StateCreator<JobsState, [], [], QueueSlice> = (set, get) => {
  /** Runs one call to main; a refusal becomes the queue's alert instead of a throw. */
  const act = async (work: () => Promise<void>): Promise<boolean> => {
    set({ actionError: null });
    try {
      await work();
      return true;
    } catch (error) {
      set({ actionError: toAppError(error) });
      return false;
    }
  };
  const promptOf = (jobId: string) => get().byId[jobId]?.prompt ?? '';

  return {
    queue: null,
    actionError: null,
    confirmRetryFor: null,
    setQueue: (status) => set({ queue: status }),
    loadQueue: async () => {
      const before = get().queue;
      const status = await bridge.jobs.queueStatus();
      // A `jobs:queue` event that landed meanwhile is newer than this answer.
      if (get().queue === before) set({ queue: status });
    },
    pause: () => act(async () => set({ queue: await bridge.jobs.pause() })),
    resume: () => act(async () => set({ queue: await bridge.jobs.resume() })),
    remove: (jobId) =>
      act(async () => {
        const { removed } = await bridge.jobs.remove({ jobId });
        if (!removed) throw notRemoved();
        const prompt = promptOf(jobId);
        get().drop(jobId);
        set({ announcement: { kind: 'removed', prompt } });
      }),
    move: (jobId, toPosition) =>
      act(async () => {
        get().merge(await bridge.jobs.move({ jobId, toPosition }));
        set({ announcement: { kind: 'moved', prompt: promptOf(jobId), place: toPosition + 1 } });
      }),
    retry: (jobId, acceptPossibleCharge) =>
      act(async () => {
        get().upsert(await bridge.jobs.retry({ jobId, acceptPossibleCharge }));
      }).finally(() => {
        if (get().confirmRetryFor === jobId) set({ confirmRetryFor: null });
      }),
    askRetryAnyway: (jobId) => set({ confirmRetryFor: jobId }),
    cancelRetryAnyway: () => set({ confirmRetryFor: null }),
  };
};
