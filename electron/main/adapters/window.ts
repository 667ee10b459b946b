import { BrowserWindow, shell } from 'electron';
import { join } from 'node:path';
import { webPreferencesFor } from '../desktop/page-source';

export interface WindowOptions {
  preloadPath: string;
  /** `app://kling/index.html`, or the dev server in development (see `pageSource`). */
  url: string;
  packaged: boolean;
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Kling Studio',
    icon: join(import.meta.dirname, '../../resources/icon.png'),
    webPreferences: webPreferencesFor(options),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.url);
  return window;
}

export function openExternal(url: string): Promise<boolean> {
  return shell.openExternal(url).then(
    () => true,
    () => false,
  );
}

/** Brings the existing window forward when the user launches the app a second time. */
export function focusFirstWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}
