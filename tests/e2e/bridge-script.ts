import { buildKlingApi } from '../../shared/bridge';
import { CHANNELS, EVENTS } from '../../shared/contract';

/**
 * The page-side half of the test bridge: builds `window.kling` with the same function the
 * preload uses, over a Playwright binding instead of ipcRenderer.
 */
export function bridgeInitScript(bindingName: string, dispatchName: string): string {
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
  const build = ${buildKlingApi.toString()};
  Object.defineProperty(window, 'kling', {
    value: build(${JSON.stringify(CHANNELS)}, ${JSON.stringify(EVENTS)}, invoke, subscribe),
  });
})();`;
}
