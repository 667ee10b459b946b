import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAceData, type FakeAceData } from '../../../fixtures/fake-acedata/server';

const root = resolve(import.meta.dirname, '../../../..');
const RUNS = 50;

interface RunResult {
  out: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * Starts the services in a child; kills it with SIGKILL `killAfterMs` after it says it is
 * ready (start-up time varies with machine load, the workload's moments should not).
 */
function runWorker(args: string[], killAfterMs: number | null): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        '--experimental-transform-types',
        '--no-warnings',
        '--import',
        './tests/support/ts-resolve.mjs',
        'tests/support/crash-worker.ts',
        ...args,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    let killer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (killAfterMs !== null && killer === null && out.includes('ready\n')) {
        killer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      if (killer) clearTimeout(killer);
      clearTimeout(guard);
      if (code === 2) fail(new Error(`worker failed: ${err}`));
      else done({ out, code, signal });
    });
  });
}

describe(`crash safety: ${RUNS} SIGKILLs at random moments of a mixed workload`, () => {
  let api: FakeAceData;
  let dataDir: string;

  beforeAll(async () => {
    api = await startFakeAceData({ taskDurationMs: 300 });
    dataDir = await mkdtemp(join(tmpdir(), 'kling-crash-'));
  });
  afterAll(async () => {
    await api.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it(
    'loses no job, submits none twice, and keeps no partial or unverified file',
    { timeout: 240_000 },
    async () => {
      const created = new Map<string, string>();
      let random = 42;
      const next = () => (random = (random * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      let killed = 0;
      for (let run = 0; run < RUNS; run++) {
        const result = await runWorker(
          [api.url, dataDir, `r${run}`, String(Math.floor(next() * 3)), 'run'],
          Math.floor(next() * 800),
        );
        if (result.signal === 'SIGKILL') killed++;
        for (const line of result.out.split('\n')) {
          const match = /^job (\S+) (.+)$/.exec(line);
          if (match) created.set(match[1] as string, match[2] as string);
        }
      }
      const final = await runWorker([api.url, dataDir, 'final', '0', 'drain'], null);
      expect(final.out).toContain('drained');
      expect(killed).toBe(RUNS);
      expect(created.size).toBeGreaterThan(10);

      // No job lost: every job that was acknowledged is in the journal, in a final state.
      const journal = JSON.parse(await readFile(join(dataDir, 'jobs.json'), 'utf8')) as {
        jobs: { id: string; state: string; prompt: string; clipId: string | null }[];
      };
      const byId = new Map(journal.jobs.map((j) => [j.id, j]));
      for (const id of created.keys()) expect(byId.has(id), `job ${id} lost`).toBe(true);
      for (const job of journal.jobs) expect(['ready', 'unknown', 'failed']).toContain(job.state);

      // None submitted twice: each prompt reached the server at most once.
      const sent = new Map<string, number>();
      for (const r of api.requests.filter((r) => r.path === '/kling/videos')) {
        const prompt = (r.body as { prompt: string }).prompt;
        sent.set(prompt, (sent.get(prompt) ?? 0) + 1);
      }
      for (const [prompt, count] of sent) expect(count, `"${prompt}" sent ${count}×`).toBe(1);
      // A job the server never saw was either still unsent (now unknown) or is ready.
      for (const job of journal.jobs.filter((j) => j.state === 'ready'))
        expect(sent.get(job.prompt)).toBe(1);

      // Every clip in the library is complete and verified; no partial file is named like a clip.
      const projects = (await readdir(join(dataDir, 'workspace'), { withFileTypes: true })).filter(
        (d) => d.isDirectory(),
      );
      let clips = 0;
      for (const project of projects) {
        const dir = join(dataDir, 'workspace', project.name);
        for (const name of await readdir(dir)) {
          if (!name.endsWith('.kling.json')) continue;
          const sidecar = JSON.parse(await readFile(join(dir, name), 'utf8')) as {
            videoFile: string;
            sha256: string;
            sizeBytes: number;
          };
          const bytes = await readFile(join(dir, sidecar.videoFile));
          expect(bytes.length).toBe(sidecar.sizeBytes);
          expect(createHash('sha256').update(bytes).digest('hex')).toBe(sidecar.sha256);
          expect(Buffer.compare(bytes, api.videoBytes())).toBe(0);
          clips++;
        }
      }
      expect(clips).toBe(journal.jobs.filter((j) => j.state === 'ready').length);
      console.info(
        `[crash test] ${RUNS} kills, ${created.size} jobs: ${clips} ready, ${journal.jobs.filter((j) => j.state === 'unknown').length} unknown, ${api.requests.filter((r) => r.path === '/kling/videos').length} submissions`,
      );
    },
  );
});
