import type {
  FILE_CHANNELS,
  ChannelName,
  EventName,
  EventPayload,
  IpcResult,
  RequestOf,
  ResponseOf,
} from './contract';

type DomainOf<N extends string> = N extends `${infer D}:${string}` ? D : never;
type Call<C extends ChannelName> =
  Record<string, never> extends RequestOf<C>
    ? (request?: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>
    : (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;
type Listen<E extends EventName> = (listener: (payload: EventPayload<E>) => void) => () => void;

type FileCall<C extends keyof typeof FILE_CHANNELS> = (
  file: File,
) => Promise<IpcResult<ResponseOf<(typeof FILE_CHANNELS)[C]>>>;
type Exposed = Exclude<ChannelName, (typeof FILE_CHANNELS)[keyof typeof FILE_CHANNELS]>;

/** `window.kling`: one object per domain, one named function per channel, `onX` per event. */
export type KlingApi = {
  [D in DomainOf<ChannelName | EventName>]: {
    [C in Exposed as C extends `${D}:${infer V}` ? V : never]: Call<C>;
  } & {
    [F in keyof typeof FILE_CHANNELS as F extends `${D}:${infer V}` ? V : never]: FileCall<F>;
  } & {
    [E in EventName as E extends `${D}:${infer V}` ? `on${Capitalize<V>}` : never]: Listen<E>;
  };
};

export type Invoke = (channel: string, request: unknown) => Promise<unknown>;
export type Subscribe = (event: string, listener: (payload: unknown) => void) => () => void;
/** How a dropped file becomes a path: `webUtils.getPathForFile` in the preload. */
export type PathForFile = (file: File) => string;

/**
 * Builds `window.kling` from channel and event names. The preload calls it with ipcRenderer;
 * the e2e harness bundles it into a plain page and calls it over a Playwright binding.
 */
export function buildKlingApi(
  channels: readonly string[],
  eventNames: readonly string[],
  invoke: Invoke,
  subscribe: Subscribe,
  fileChannels: Readonly<Record<string, string>> = {},
  pathForFile: PathForFile | null = null,
): KlingApi {
  const api: Record<string, Record<string, unknown>> = {};
  const slot = (domain: string): Record<string, unknown> => (api[domain] ??= {});
  for (const channel of channels) {
    const [domain = '', verb = ''] = channel.split(':');
    slot(domain)[verb] = (request?: unknown) => invoke(channel, request ?? {});
  }
  for (const [wrapper, target] of Object.entries(fileChannels)) {
    const [domain = '', verb = ''] = wrapper.split(':');
    slot(domain)[verb] = async (file: unknown) => {
      // Only a real dropped File has a path; anything else never reaches main.
      const path = pathForFile && file instanceof File ? pathForFile(file) : '';
      if (!path)
        return {
          ok: false,
          error: {
            code: 'not_a_file',
            message: 'Drop a file from your computer: this one has no place on the disk.',
            traceId: null,
          },
        };
      return invoke(target, { path });
    };
  }
  for (const name of eventNames) {
    const [domain = '', verb = ''] = name.split(':');
    const key = 'on' + verb.charAt(0).toUpperCase() + verb.slice(1);
    slot(domain)[key] = (listener: (payload: unknown) => void) => {
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      return subscribe(name, listener);
    };
  }
  for (const domain of Object.values(api)) Object.freeze(domain);
  return Object.freeze(api) as unknown as KlingApi;
}
