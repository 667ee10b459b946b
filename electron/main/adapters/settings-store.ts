import Store from 'electron-store';

/** Preferences that are not secrets; the token never goes here. */
interface Preferences {
  workspaceDir: string | null;
}

export interface PreferencesStore {
  workspaceDir(): string | null;
  /** Remembers the workspace the person chose, for the next start. */
  setWorkspaceDir(dir: string): void;
}

export function openPreferences(): PreferencesStore {
  const store = new Store<Preferences>({
    name: 'preferences',
    defaults: { workspaceDir: null },
    // A damaged file must not stop the app from starting; defaults are used instead.
    clearInvalidConfig: true,
  });
  return {
    workspaceDir: () => {
      const value = store.get('workspaceDir');
      return typeof value === 'string' && value.length > 0 ? value : null;
    },
    setWorkspaceDir: (dir) => store.set('workspaceDir', dir),
  };
}
