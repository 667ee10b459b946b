import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type ChannelName } from '../../../shared/contract';
import { createMainServices, type MainServices } from '../../../electron/main/main-services';
import { MemorySecretBackend } from '../../../electron/main/services/secrets/secret-backend';
import { startFakeAceData, type FakeAceData } from '../../fixtures/fake-acedata/server';

/** Runs per channel; the property is checked on every one. */
const RUNS = 1_000;
const SENDER = { frameUrl: 'app://kling/', isMainFrame: true };

// Built once: the costly shapes are shared between runs, so a run stays cheap.
const HUGE = 'é'.repeat(1_000_000);
function nested(depth: number, leaf: unknown, wrap: (inner: unknown) => unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}
const DEEP_ARRAY = nested(5_000, 1, (inner) => [inner]);
const DEEP_OBJECT = nested(5_000, 'x', (inner) => ({ a: inner }));
/** Own `__proto__` keys, as JSON.parse makes them (an object literal would set the prototype). */
const PROTO_KEYED = [
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}}'),
  JSON.parse('{"prompt": "p", "__proto__": {"projectId": "default"}}'),
];

/** The top-level keys a channel's request names, so values land where a handler reads them. */
function keysOf(channel: ChannelName): string[] {
  const schema = contract[channel].request as unknown as {
    shape?: Record<string, unknown>;
    options?: { shape?: Record<string, unknown> }[];
  };
  const keys = new Set<string>(Object.keys(schema.shape ?? {}));
  for (const option of schema.options ?? [])
    for (const k of Object.keys(option.shape ?? {})) keys.add(k);
  return [...keys];
}

function hostile(channel: ChannelName): fc.Arbitrary<unknown> {
  const keys = keysOf(channel);
  const odd = fc.oneof(
    fc.constant(HUGE),
    fc.constant(DEEP_ARRAY),
    fc.constant(DEEP_OBJECT),
    fc.constantFrom(...PROTO_KEYED),
    fc.constantFrom(NaN, Infinity, -0, 2 ** 53 + 1, -1, 1e308),
    fc.constantFrom('', ' ', '../../etc/passwd', 'C:\\Windows', 'CON', '\u0000', 'default'),
  );
  const value = fc.oneof(
    { weight: 3, arbitrary: fc.anything({ maxDepth: 3, maxKeys: 4 }) },
    { weight: 2, arbitrary: odd },
  );
  const shaped =
    keys.length === 0
      ? fc.dictionary(fc.string({ maxLength: 12 }), value, { maxKeys: 3 })
      : fc.dictionary(fc.constantFrom(...keys, '__proto__', 'constructor', 'extra'), value, {
          maxKeys: keys.length + 1,
        });
  return fc.oneof(
    { weight: 4, arbitrary: shaped },
    { weight: 2, arbitrary: value },
    { weight: 1, arbitrary: fc.constantFrom(...PROTO_KEYED) },
  );
}

/** Every file under `dir` with its size and modification time, for "nothing changed". */
async function folderSnapshot(dir: string): Promise<string> {
  const lines: string[] = [];
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true }).catch(() => [])) {
      const path = join(at, entry.name);
      // The log and the lock are the app's own bookkeeping, not state a call may change.
      if (entry.name === 'instance.lock') continue;
      // The library index is a cache of the sidecars, rewritten whenever the folder watcher
      // notices an earlier accepted change; the sidecars and project files are the state.
      if (entry.name === 'library-index') continue;
      if (entry.isDirectory()) await walk(path);
      else {
        const info = await stat(path).catch(() => null);
        lines.push(`${relative(dir, path)} ${info?.size} ${info?.mtimeMs}`);
      }
    }
  };
  await walk(dir);
  return lines.sort().join('\n');
}

describe('every IPC channel, fuzzed through the real router and services', () => {
  let api: FakeAceData;
  let dataDir: string;
  let services: MainServices;
  const internalErrors: string[] = [];
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    api = await startFakeAceData({ taskDurationMs: 60_000 });
    dataDir = await mkdtemp(join(tmpdir(), 'kling-fuzz-'));
    process.on('unhandledRejection', onUnhandled);
    const keychain = new MemorySecretBackend();
    await keychain.set('acedata-api-token', 'sk-fuzz-token-0042');
    services = await createMainServices({
      version: 'fuzz',
      dataDir,
      workspaceDir: join(dataDir, 'workspace'),
      apiBaseUrl: api.url,
      downloadHosts: [new URL(api.url).host],
      keychain,
      isTrustedSender: () => true,
      emit: () => undefined,
      openExternal: async () => false,
      log: (message, error) => {
        if (message.startsWith('IPC handler')) internalErrors.push(`${message}: ${String(error)}`);
      },
    });
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    services.stop();
    await api.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it(`refuses what does not parse, changes nothing when it refuses, and never fails inside (${RUNS} runs a channel)`, async () => {
    const counts: Record<string, { runs: number; refused: number; accepted: number }> = {};
    const inMemory = async () =>
      JSON.stringify([
        services.jobs.list(),
        services.jobs.status(),
        services.library.listProjects(),
        await services.tokens.status(),
      ]);
    // The library saves its index a moment after a change; that save belongs to the call
    // that caused it, so it is flushed before the folder is looked at.
    const settledDisk = async () => {
      await services.library.flushIndex();
      return folderSnapshot(dataDir);
    };
    const started = performance.now();
    for (const channel of CHANNELS) {
      const row = { runs: 0, refused: 0, accepted: 0 };
      counts[channel] = row;
      const onDisk = await settledDisk();
      let acceptedSinceDisk = false;
      await fc.assert(
        fc.asyncProperty(hostile(channel), async (payload) => {
          row.runs++;
          const before = await inMemory();
          const answer = await services.router.handle(channel, payload, SENDER);
          if (answer.ok) {
            row.accepted++;
            acceptedSinceDisk = true;
            return;
          }
          row.refused++;
          expect(answer.error.code).not.toBe('internal');
          if (answer.error.code === 'invalid_request') expect(await inMemory()).toBe(before);
        }),
        { numRuns: RUNS, seed: 20261129 },
      );
      if (!acceptedSinceDisk) expect(await settledDisk()).toBe(onDisk);
    }
    const seconds = (performance.now() - started) / 1000;
    console.table(counts);
    console.log(`[ipc fuzz] ${CHANNELS.length} channels, ${seconds.toFixed(1)} s`);
    expect(internalErrors).toEqual([]);
    expect(unhandled).toEqual([]);
    for (const channel of CHANNELS) expect(counts[channel]?.runs).toBeGreaterThanOrEqual(RUNS);
  }, 240_000);
});
