import { kling } from '../ipc/kling';
import { useJobsStore } from './jobs-store';
import { useLibraryStore } from './library-store';
import { useTokenStore } from './token-store';

/**
 * Connects the stores to main: listen first, then load, so a change that happens while
 * the first lists are in flight is not missed. Returns the function that disconnects.
 */
export function startSync(): () => void {
  const api = kling();
  const unsubscribers = [
    api.jobs.onChanged((job) => useJobsStore.getState().upsert(job)),
    api.library.onChanged(({ projectId }) => {
      void useLibraryStore.getState().libraryChanged(projectId);
    }),
    api.token.onChanged((status) => useTokenStore.getState().setStatus(status)),
  ];
  // A failed token status read leaves the badge unknown rather than claiming "No token".
  useTokenStore
    .getState()
    .load()
    .catch(() => undefined);
  void useLibraryStore.getState().loadProjects();
  void useJobsStore.getState().load();
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
