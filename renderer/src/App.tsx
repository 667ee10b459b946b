import { useEffect } from 'react';
import { AppShell } from './features/shell/AppShell';
import { SettingsDialog } from './features/settings/SettingsDialog';
import { selectSettingsOpen, useAppStore } from './stores/app-store';
import { startSync } from './stores/sync';

export function App() {
  const settingsOpen = useAppStore(selectSettingsOpen);
  useEffect(() => startSync(), []);
  return (
    <>
      {/* While Settings is open the rest of the window is inert: no focus, no clicks. */}
      <AppShell inert={settingsOpen} />
      {settingsOpen ? <SettingsDialog /> : null}
    </>
  );
}
