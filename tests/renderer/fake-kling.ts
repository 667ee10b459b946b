import { AppError } from '../../shared/app-error';
import { buildKlingApi, type KlingApi } from '../../shared/bridge';
import {
  CHANNELS,
  EVENTS,
  contract,
  events,
  type ChannelName,
  type EventName,
  type EventPayload,
  type ParsedRequestOf,
  type ResponseOf,
} from '../../shared/contract';
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
  'token:status': () => tokenStatus(),
  'projects:list': () => [],
  'library:list': () => [],
  'jobs:list': () => [],
  'jobs:queueStatus': () => queueStatus(),
  'jobs:wake': () => ({ ok: true }),
};

/**
 * A stand-in for main built with the same `buildKlingApi` and the same zod contract as the
 * preload and router, so a request the real main would refuse is refused here too.
 */
export function createFakeKling(handlers: Handlers = {}): FakeKling {
  const table: Handlers = { ...defaults, ...handlers };
  const calls: FakeKling['calls'] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  const invoke = async (channel: string, payload: unknown) => {
    const name = channel as ChannelName;
    const spec = contract[name];
    const parsed = spec.request.safeParse(payload);
    if (!parsed.success) {
      // Worded like the real router's refusal: the first issue, with its path.
      const issue = parsed.error.issues[0];
      const message = `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`;
      return { ok: false, error: { code: 'invalid_request', message, traceId: null } };
    }
    calls.push({ channel: name, request: parsed.data });
    const handler = table[name] as Handler<ChannelName> | undefined;
    if (!handler) throw new Error(`fake main has no handler for ${channel}`);
    try {
      const value = await handler(parsed.data as never);
      return { ok: true, value: spec.response.parse(value) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toInfo() };
      throw error;
    }
  };

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
