import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { AppShell } from './features/shell/AppShell';
import { ConsentDialog } from './features/composer/ConsentDialog';
import { ConfirmRetryDialog } from './features/jobs/ConfirmRetryDialog';
import { DeleteConfirmDialog } from './features/library/DeleteConfirmDialog';
import { SettingsDialog } from './features/settings/SettingsDialog';
import { selectSettingsOpen, useAppStore } from './stores/app-store';
import { selectRetryConfirmJob, useJobsStore } from './stores/jobs-store';
import { selectConsentFor, useComposerStore } from './stores/composer-store';
import { selectPendingDelete, useLibraryStore } from './stores/library-store';
import { queryClient } from './query/query-client';
import { startSync } from './stores/sync';

export function App() {
  const settingsOpen = useAppStore(selectSettingsOpen);
  const confirmJob = useJobsStore(selectRetryConfirmJob);
  const pendingDelete = useLibraryStore(selectPendingDelete);
  const consentFor = useComposerStore(selectConsentFor);
  useEffect(() => startSync(), []);
  return (
    <QueryClientProvider client={queryClient}>
      <AppShell />
      {settingsOpen ? <SettingsDialog /> : null}
      {confirmJob && !settingsOpen ? <ConfirmRetryDialog job={confirmJob} /> : null}
      {pendingDelete && !settingsOpen && !confirmJob ? (
        <DeleteConfirmDialog pending={pendingDelete} />
      ) : null}
      {consentFor && !settingsOpen ? <ConsentDialog /> : null}
    </QueryClientProvider>
  );
}
