import { call, kling } from '../ipc/kling';
import { wakeOnReturn } from '../lib/wake-on-return';
import { useJobsStore } from './jobs-store';
import { useLibraryStore } from './library-store';
import { useTokenStore } from './token-store';

/**
 * Connects the stores to main: listen first, then load, so a change that happens while
 * the first lists are in flight is not missed. Returns the function that disconnects.
 */
export function startSync(): () => void {
  const api = kling();
  const jobs = useJobsStore.getState();
  const unsubscribers = [
    api.jobs.onChanged((job) => useJobsStore.getState().upsert(job)),
    api.jobs.onQueue((status) => useJobsStore.getState().setQueue(status)),
    api.library.onChanged(({ projectId }) => {
      void useLibraryStore.getState().libraryChanged(projectId);
    }),
    api.projects.onChanged(() => void useLibraryStore.getState().loadProjects()),
    api.token.onChanged((status) => useTokenStore.getState().setStatus(status)),
    // A wake is only a nudge: main polls on its own anyway, so a failed one is not shown.
    wakeOnReturn(() => void call(api.jobs.wake()).catch(() => undefined)),
  ];
  // A failed token status read leaves the badge unknown rather than claiming "No token".
  useTokenStore
    .getState()
    .load()
    .catch(() => undefined);
  void useLibraryStore.getState().loadProjects();
  void jobs.load();
  // Without an answer the header shows no counts; the queue still works.
  jobs.loadQueue().catch(() => undefined);
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
