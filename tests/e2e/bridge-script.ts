import { buildKlingApi } from '../../shared/bridge';
import { CHANNELS, EVENTS, FILE_CHANNELS } from '../../shared/contract';

/** The page global a test fills with `file name → path` for files it allows to be dropped. */
export const DROP_PATHS_GLOBAL = '__klingDropPaths';

/**
 * The page-side half of the test bridge: builds `window.kling` with the same function the
 * preload uses, over a Playwright binding instead of ipcRenderer. A plain Chromium page has no
 * `webUtils.getPathForFile`, so a dropped File's path is looked up by name in a map the test
 * fills (`allowDrop`): a file the test did not register has no path, as in Electron a File
 * that did not come from the disk has none.
 */
export function bridgeInitScript(bindingName: string, dispatchName: string): string {
  const dropPaths = JSON.stringify(DROP_PATHS_GLOBAL);
  return `(() => {
  const listeners = new Map();
  const invoke = (channel, request) => window[${JSON.stringify(bindingName)}](channel, request);
  const subscribe = (event, listener) => {
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event).add(listener);
    return () => listeners.get(event).delete(listener);
  };
  Object.defineProperty(window, ${JSON.stringify(dispatchName)}, {
    value: (event, payload) => { for (const l of listeners.get(event) ?? []) l(payload); },
  });
  if (!window[${dropPaths}]) Object.defineProperty(window, ${dropPaths}, { value: Object.create(null) });
  const pathForFile = (file) => {
    const path = window[${dropPaths}][file.name];
    return typeof path === 'string' ? path : '';
  };
  const build = ${buildKlingApi.toString()};
  Object.defineProperty(window, 'kling', {
    value: build(${JSON.stringify(CHANNELS)}, ${JSON.stringify(EVENTS)}, invoke, subscribe, ${JSON.stringify(FILE_CHANNELS)}, pathForFile),
  });
})();`;
}
