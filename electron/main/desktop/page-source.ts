import { APP_ENTRY_URL, APP_ORIGIN } from './app-scheme';

export interface PageSource {
  /** What the window loads. */
  url: string;
  /** Origins whose main frame may call IPC and be granted the page's permissions. */
  origins: string[];
}

/**
 * Where the window's page comes from: the app's own scheme, or in development the dev server
 * electron-vite names in ELECTRON_RENDERER_URL. A packaged build never loads the dev server,
 * whatever the environment says.
 */
export function pageSource(build: { packaged: boolean; devServerUrl: string | null }): PageSource {
  const dev = !build.packaged && build.devServerUrl ? build.devServerUrl : null;
  return dev
    ? { url: dev, origins: [new URL(dev).origin] }
    : { url: APP_ENTRY_URL, origins: [APP_ORIGIN] };
}

/**
 * The window's web preferences (Electron's security checklist): isolated, sandboxed, no Node,
 * and DevTools only in development.
 */
export function webPreferencesFor(build: { packaged: boolean; preloadPath: string }) {
  return {
    preload: build.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: true,
    devTools: !build.packaged,
  } as const;
}
