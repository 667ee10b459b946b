import { bridge } from '../ipc/kling';
import { invalidateLibrary, invalidateProjects } from '../query/library-queries';
import { wakeOnReturn } from '../lib/wake-on-return';
import { useJobsStore } from './jobs-store';
import { useLibraryStore } from './library-store';
import { followProjectSettings } from './project-settings';
import { useTokenStore } from './token-store';

/**
 * Connects the stores and the query cache to main: listen first, then load, so a change that
 * happens while the first lists are in flight is not missed. Returns the function that
 * disconnects. Library data loads itself through the cache when a view asks for it; the
 * events here only mark what they touch as out of date.
 */
export function startSync(): () => void {
  const jobs = useJobsStore.getState();
  const unsubscribers = [
    bridge.jobs.onChanged((job) => useJobsStore.getState().upsert(job)),
    bridge.jobs.onQueue((status) => useJobsStore.getState().setQueue(status)),
    bridge.library.onChanged(({ projectId }) => void invalidateLibrary(projectId)),
    bridge.projects.onChanged(() => void invalidateProjects()),
    // A clicked notification names a clip: the library opens it, switching project if needed.
    bridge.library.onOpenClip(({ clipId }) => void useLibraryStore.getState().openClipById(clipId)),
    bridge.token.onChanged((status) => useTokenStore.getState().setStatus(status)),
    // A wake is only a nudge: main polls on its own anyway, so a failed one is not shown.
    wakeOnReturn(() => void bridge.jobs.wake().catch(() => undefined)),
    // The composer starts on the open project's last settings, and follows a switch.
    followProjectSettings(),
  ];
  // A failed token status read leaves the badge unknown rather than claiming "No token".
  useTokenStore
    .getState()
    .load()
    .catch(() => undefined);
  void jobs.load();
  // Without an answer the header shows no counts; the queue still works.
  jobs.loadQueue().catch(() => undefined);
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
