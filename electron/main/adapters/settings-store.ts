import { app } from 'electron';
import Store from 'electron-store';
import { join } from 'node:path';
import { keyValueStateFile } from '../services/preferences/key-value-state-file';
import { PREFERENCES_FILE, PreferencesStore } from '../services/preferences/preferences-store';

/**
 * The preferences, kept by electron-store in Electron's user-data folder (`preferences.json`,
 * where they have always been). Checking and setting a damaged file aside live in the
 * services, testable under Node; `clearInvalidConfig: false` keeps electron-store from
 * wiping a damaged file before it can be set aside.
 */
export function openPreferences(log: (message: string) => void): PreferencesStore {
  const path = join(app.getPath('userData'), PREFERENCES_FILE);
  const open = () =>
    new Store<Record<string, unknown>>({
      name: PREFERENCES_FILE.replace(/\.json$/, ''),
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
    });
  return new PreferencesStore(path, {
    log,
    file: (schema) => keyValueStateFile(path, open, schema),
  });
}
