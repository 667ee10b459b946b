import { buildKlingApi, type KlingApi } from '../../shared/bridge';
import {
  CHANNELS,
  EVENTS,
  events,
  type ChannelName,
  type EventName,
  type EventPayload,
  type ParsedRequestOf,
  type ResponseOf,
} from '../../shared/contract';
import {
  createRouter,
  type Handler as RouterHandler,
  type Handlers as RouterHandlers,
} from '../../electron/main/ipc/router';
import { queueStatus, tokenStatus } from './fixtures';

type Handler<C extends ChannelName> = (
  request: ParsedRequestOf<C>,
) => ResponseOf<C> | Promise<ResponseOf<C>>;
type Handlers = { [C in ChannelName]?: Handler<C> };

export interface FakeKling {
  api: KlingApi;
  /** Every request that reached "main", after contract validation, in order. */
  calls: { channel: ChannelName; request: unknown }[];
  callsTo: (channel: ChannelName) => unknown[];
  handle: <C extends ChannelName>(channel: C, handler: Handler<C>) => void;
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  listenerCount: (event: EventName) => number;
}

const defaults: Handlers = {
  'app:endpoints': () => ({
    packaged: false,
    developerMode: false,
    apiBaseUrl: 'https://api.acedata.cloud',
    unconfirmedHosts: [],
    ignoredOverrides: [],
  }),
  'network:proxy': () => ({ mode: 'system' }),
  'notices:sound': () => ({ sound: false }),
  'token:status': () => tokenStatus(),
  'projects:list': () => [],
  'library:list': () => [],
  'jobs:list': () => [],
  'jobs:queueStatus': () => queueStatus(),
  'jobs:wake': () => ({ ok: true }),
  'making:pricing': () => ({ priceOverrides: {}, budget: { dailyCredits: null } }),
  'making:presets': () => [],
  'making:lastSettings': () => null,
  'appearance:theme': () => ({ theme: 'system' }),
  'appearance:language': () => ({ setting: 'system', language: 'en' }),
};

/** What a renderer test's "main" answers with when the test gave no handler for a channel. */
function unscripted(channel: ChannelName): RouterHandler<ChannelName> {
  return () => {
    throw new Error(`fake main has no handler for ${channel}`);
  };
}

/**
 * A stand-in for main: the app's own router (the same parsing, refusals and answer checks as
 * the real main) in front of handlers the test scripts, joined to the page by the same
 * `buildKlingApi` as the preload. Only what the router accepted is recorded in `calls`.
 */
export function createFakeKling(handlers: Handlers = {}): FakeKling {
  const table: Handlers = { ...defaults, ...handlers };
  const calls: FakeKling['calls'] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  const routed = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      (request: unknown) => {
        calls.push({ channel, request });
        const handler = (table[channel] ?? unscripted(channel)) as Handler<ChannelName>;
        return handler(request as never);
      },
    ]),
  ) as RouterHandlers;
  const router = createRouter({
    handlers: routed,
    isTrustedSender: () => true,
    // A scripted handler that throws something other than an AppError is a broken test.
    onInternalError: (channel, error) => {
      throw new Error(`fake main's handler for ${channel} failed`, { cause: error });
    },
  });
  const invoke = (channel: string, payload: unknown) =>
    router.handle(channel, payload, { frameUrl: 'app://renderer/index.html', isMainFrame: true });

  const subscribe = (event: string, listener: (payload: unknown) => void) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => void set.delete(listener);
  };

  return {
    api: buildKlingApi(CHANNELS, EVENTS, invoke, subscribe),
    calls,
    callsTo: (channel) => calls.filter((c) => c.channel === channel).map((c) => c.request),
    handle: (channel, handler) => {
      (table as Record<string, unknown>)[channel] = handler;
    },
    emit: (event, payload) => {
      const checked = events[event].parse(payload);
      for (const listener of listeners.get(event) ?? []) listener(checked);
    },
    listenerCount: (event) => listeners.get(event)?.size ?? 0,
  };
}

/** Installs a fake as `window.kling`; setup.ts removes it after each test. */
export function installFakeKling(handlers: Handlers = {}): FakeKling {
  const fake = createFakeKling(handlers);
  window.kling = fake.api;
  return fake;
}

/** A promise the test settles by hand, to hold a call "in flight". */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
