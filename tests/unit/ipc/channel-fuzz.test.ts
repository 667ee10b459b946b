import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
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
  // Values that parse where an id, a flag or a URL is asked for, so refusals past the schema
  // (unknown project, clip or job, a state that does not allow the call) are reached too.
  const plausible = fc.constantFrom(
    'default',
    'job_0123456789abcdef',
    'clip_0123456789abcdef',
    'proj_0123456789abcdef',
    'v21-kling.klingai.com',
    'https://cdn.klingai.com/a.mp4',
    'kling-v1',
    'text2video',
    true,
    false,
    0,
    1,
    5,
  );
  const value = fc.oneof(
    { weight: 3, arbitrary: fc.anything({ maxDepth: 3, maxKeys: 4 }) },
    { weight: 2, arbitrary: odd },
    { weight: 3, arbitrary: plausible },
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

/**
 * Every folder and file under `dir`, each file by the SHA-256 of its content: what a refused
 * call must leave exactly as it was. Nothing is skipped — the library index, the job journal,
 * preferences, project files and sidecars are all state the window could be told about.
 */
function folderSnapshot(dir: string): string {
  const lines: string[] = [];
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) {
        lines.push(`${relative(dir, path)}/`);
        walk(path);
      } else lines.push(`${relative(dir, path)} ${contentHash(path)}`);
    }
  };
  walk(dir);
  return lines.sort().join('\n');
}

/** Digests by file identity and times: a file is read again whenever it may have changed. */
const digests = new Map<string, string>();

/**
 * The SHA-256 of a file's content. Read again whenever its inode, size, or modification or
 * change time (nanoseconds) differ from the last reading — any write or rename moves one of
 * them — so tens of thousands of checks do not re-read files that were not touched.
 */
function contentHash(path: string): string {
  const info = statSync(path, { bigint: true });
  const key = `${path}|${info.ino}|${info.size}|${info.mtimeNs}|${info.ctimeNs}`;
  let digest = digests.get(key);
  if (digest === undefined) {
    digest = createHash('sha256').update(readFileSync(path)).digest('hex');
    digests.set(key, digest);
  }
  return digest;
}

/** The channels that only read: their answers are main's in-memory state as the window sees it. */
const READERS: readonly [ChannelName, unknown][] = [
  ['app:info', undefined],
  ['app:endpoints', undefined],
  ['network:proxy', undefined],
  ['token:status', undefined],
  ['images:consent', {}],
  ['projects:list', undefined],
  ['jobs:list', undefined],
  ['jobs:queueStatus', undefined],
  ['stats:byModel', undefined],
];

describe('every IPC channel, fuzzed through the real router and services', () => {
  let api: FakeAceData;
  let dataDir: string;
  let services: MainServices;
  const keychain = new MemorySecretBackend();
  /** Events main pushed to the window during the call under test. */
  const emitted: string[] = [];
  const internalErrors: string[] = [];
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    api = await startFakeAceData({ taskDurationMs: 60_000 });
    dataDir = await mkdtemp(join(tmpdir(), 'kling-fuzz-'));
    process.on('unhandledRejection', onUnhandled);
    await keychain.set('acedata-api-token', 'sk-fuzz-token-0042');
    services = await createMainServices({
      version: 'fuzz',
      dataDir,
      workspaceDir: join(dataDir, 'workspace'),
      apiBaseUrl: api.url,
      downloadHosts: [new URL(api.url).host],
      keychain,
      isTrustedSender: () => true,
      emit: (event) => emitted.push(event),
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
    type Row = { runs: number; accepted: number; refused: number; [code: string]: number };
    const counts: Record<string, Row> = {};
    /** Main's state in memory: every reading channel's answer, and the keychain's contents. */
    const inMemory = async () => {
      const answers = [];
      for (const [reader, payload] of READERS)
        answers.push(await services.router.handle(reader, payload, SENDER));
      const secrets = await Promise.all(
        ['acedata-api-token', 'acedata-platform-token'].map((account) => keychain.get(account)),
      );
      return JSON.stringify([answers, secrets]);
    };
    /** What main holds now, once the index save the library keeps pending is written. */
    const current = async () => {
      await services.library.flushIndex();
      return { memory: await inMemory(), disk: folderSnapshot(dataDir) };
    };
    // An accepted call may leave work behind (the folder watcher's next look, the index save
    // after it); the baseline is taken after that work is done, so it is not blamed on the
    // refused call that follows.
    const settled = async () => {
      await services.library.refresh(true);
      return current();
    };
    const started = performance.now();
    let refusedTotal = 0;
    for (const channel of CHANNELS) {
      const row: Row = { runs: 0, accepted: 0, refused: 0 };
      counts[channel] = row;
      let baseline = await settled();
      await fc.assert(
        fc.asyncProperty(hostile(channel), async (payload) => {
          row.runs++;
          emitted.length = 0;
          const answer = await services.router.handle(channel, payload, SENDER);
          if (answer.ok) {
            row.accepted++;
            baseline = await settled();
            return;
          }
          row.refused++;
          row[answer.error.code] = (row[answer.error.code] ?? 0) + 1;
          expect(answer.error.code).not.toBe('internal');
          expect(emitted).toEqual([]);
          const after = await current();
          expect(after.memory).toBe(baseline.memory);
          expect(after.disk).toBe(baseline.disk);
        }),
        { numRuns: RUNS, seed: 20261129 },
      );
      refusedTotal += row.refused;
    }
    const seconds = (performance.now() - started) / 1000;
    console.table(counts);
    console.log(
      `[ipc fuzz] ${CHANNELS.length} channels × ${RUNS} runs, ${refusedTotal} refused calls each checked for no change in memory or on disk, ${seconds.toFixed(1)} s`,
    );
    expect(internalErrors).toEqual([]);
    expect(unhandled).toEqual([]);
    for (const channel of CHANNELS) expect(counts[channel]?.runs).toBeGreaterThanOrEqual(RUNS);
  }, 420_000);
});
