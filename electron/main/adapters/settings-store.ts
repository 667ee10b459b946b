import { app } from 'electron';
import { join } from 'node:path';
import { PREFERENCES_FILE, PreferencesStore } from '../services/preferences/preferences-store';

/**
 * The preferences file in Electron's user-data folder (where `preferences.json` has always
 * been); reading, checking and setting aside live in the service, testable under Node.
 */
export function openPreferences(log: (message: string) => void): PreferencesStore {
  return new PreferencesStore(join(app.getPath('userData'), PREFERENCES_FILE), { log });
}
