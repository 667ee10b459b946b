/// <reference lib="dom" />
import { buildKlingApi } from '../../../shared/bridge';

/** What the test process tells the page: the names of its globals and the contract's names. */
export interface PageBridgeConfig {
  /** The Playwright binding that carries a call to the router in the test process. */
  binding: string;
  /** The global the test process calls to deliver an event to the page's listeners. */
  dispatch: string;
  /** The global holding `file name → path` for files the test allows to be dropped. */
  dropPaths: string;
  channels: readonly string[];
  events: readonly string[];
  fileChannels: Readonly<Record<string, string>>;
}

type Listener = (payload: unknown) => void;
type Globals = Record<string, unknown>;

/**
 * Runs in the page, bundled by esbuild into the init script: builds `window.kling` with the
 * same function the preload uses, over a Playwright binding instead of ipcRenderer. A plain
 * Chromium page has no `webUtils.getPathForFile`, so a dropped File's path is looked up by name
 * in a map the test fills: a file the test did not register has no path, as in Electron a File
 * that did not come from the disk has none.
 */
export function install(config: PageBridgeConfig): void {
  const page = globalThis as unknown as Globals;
  const listeners = new Map<string, Set<Listener>>();
  const binding = page[config.binding];
  if (typeof binding !== 'function') throw new Error(`the page has no ${config.binding} binding`);
  const invoke = (channel: string, request: unknown): Promise<unknown> =>
    (binding as (channel: string, request: unknown) => Promise<unknown>)(channel, request);
  const subscribe = (event: string, listener: Listener): (() => void) => {
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => listeners.get(event)?.delete(listener);
  };
  Object.defineProperty(page, config.dispatch, {
    value: (event: string, payload: unknown) => {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
  });
  // An init script runs again on reload, but a page keeps nothing across one: define once.
  if (!page[config.dropPaths])
    Object.defineProperty(page, config.dropPaths, { value: Object.create(null) });
  const dropPaths = page[config.dropPaths] as Record<string, string | undefined>;
  const pathForFile = (file: File): string => {
    const path = dropPaths[file.name];
    return typeof path === 'string' ? path : '';
  };
  Object.defineProperty(page, 'kling', {
    value: buildKlingApi(
      config.channels,
      config.events,
      invoke,
      subscribe,
      config.fileChannels,
      pathForFile,
    ),
  });
}
