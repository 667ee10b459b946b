import { BrowserWindow, shell } from 'electron';
import { join } from 'node:path';

export interface WindowOptions {
  preloadPath: string;
  /** The dev server URL in development, else the built index.html. */
  devServerUrl: string | null;
  rendererIndex: string;
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
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  if (options.devServerUrl) void window.loadURL(options.devServerUrl);
  else void window.loadFile(options.rendererIndex);
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
