import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Job } from '../../../../shared/domain';
import { downloadVideo } from '../../../../electron/main/services/downloads/download-video';
import { JobJournal } from '../../../../electron/main/services/jobs/job-journal';
import { JobService } from '../../../../electron/main/services/jobs/job-service';
import { FRESH_LINK_GRACE_MS } from '../../../../electron/main/services/jobs/result-fetcher';
import { Library } from '../../../../electron/main/services/library/library';
import { MemoryJournalStore, ScriptedProvider } from '../../../support/job-harness';
import { ManualClock, settle } from '../../../support/manual-clock';
import {
  closeAllServers,
  cutAfter,
  ProgressGate,
  mp4Body,
  serveFile,
  startServer,
  type VideoServer,
} from '../downloads/video-server';

/**
 * A job whose result link is served by a loopback CDN that follows the job service's manual
 * clock, so "2.4 s after the task finished" means the same thing to both sides. The result
 * fetcher's schedule is the only place a download is tried again: one call of the downloader
 * is one request.
 */
describe("a result download tried again on the result fetcher's schedule", () => {
  let dir: string;
  let clock: ManualClock;
  let service: JobService;
  let gate: ProgressGate;
  const seen: Job[] = [];
  const body = mp4Body(64 * 1024);

  async function start(cdn: VideoServer): Promise<{ provider: ScriptedProvider; job: Job }> {
    const provider = new ScriptedProvider();
    const library = new Library({
      workspaceDir: join(dir, 'workspace'),
      mediaUrlFor: (id) => `kling-media://clip/${id}`,
    });
    await library.open();
    const journal = new JobJournal(new MemoryJournalStore());
    await journal.load();
    service = new JobService({
      journal,
      client: provider,
      library,
      hasToken: async () => true,
      // The gate hears the bytes land, so the CDN can cut the body only after they did.
      download: (options) =>
        downloadVideo({
          ...options,
          onProgress: (received, total) => {
            gate.onProgress(received);
            options.onProgress?.(received, total);
          },
        }),
      downloadHosts: [cdn.host],
      clock,
      random: () => 0.5,
      limits: { pollFloorMs: 5_000, pollCapMs: 5_000, minSubmitIntervalMs: 0 },
      onJobChanged: (job) => seen.push(job),
    });
    await service.start();
    const job = await service.submit({ action: 'text2video', prompt: 'p', model: 'kling-v1' });
    await until(() => seen.some((j) => j.id === job.id && j.state === 'submitted'));
    const taskId = seen.find((j) => j.id === job.id && j.taskId)?.taskId as string;
    provider.outcomes.set(taskId, {
      success: true,
      video_url: `${cdn.origin}/${taskId}.mp4`,
      duration: '5',
    });
    return { provider, job };
  }

  /** Moves the manual clock a second at a time, with real time for the file work between. */
  async function until(done: () => boolean, maxSteps = 2_000, stepMs = 1_000): Promise<void> {
    for (let step = 0; step < maxSteps && !done(); step++) {
      await clock.advance(stepMs);
      await settle(2);
    }
    expect(done()).toBe(true);
  }

  const states = (job: Job) => seen.filter((j) => j.id === job.id).map((j) => j.state);

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kling-fresh-link-'));
    clock = new ManualClock();
    gate = new ProgressGate();
    seen.length = 0;
  });
  afterEach(async () => {
    service.stop();
    await closeAllServers();
    await rm(dir, { recursive: true, force: true });
  });

  it('a body cut at 40 % is resumed by the next scheduled try with Range: two requests in all', async () => {
    const cut = Math.floor(body.length * 0.4);
    const cdn = await startServer((req, res, index) => {
      if (index === 0) return cutAfter(res, body, cut, { etag: '"e1"' }, gate.reached(cut));
      serveFile(req, res, body, '"e1"');
    });
    const { job } = await start(cdn);
    await until(() => states(job).includes('ready'), 120);
    expect(cdn.requests.map((r) => r.range)).toEqual([undefined, `bytes=${cut}-`]);
    const noted = seen.find((j) => j.id === job.id && j.note?.startsWith('Download interrupted'));
    expect(noted?.state).toBe('downloading');
  });

  it('stopping the service during the wait before the next try sends no further request', async () => {
    const cdn = await startServer((_req, res) => {
      res.writeHead(503);
      res.end();
    });
    const { job } = await start(cdn);
    await until(() => cdn.requests.length === 1 && seen.some((j) => j.id === job.id && j.note));
    service.stop();
    for (let step = 0; step < 120; step++) await clock.advance(1_000);
    await settle(5);
    expect(cdn.requests).toHaveLength(1);
  });

  it('a fresh link is tried again until the file appears 2.4 s later, and the video lands', async () => {
    let firstAskedAt: number | null = null;
    const cdn = await startServer((req, res) => {
      firstAskedAt ??= clock.now();
      if (clock.now() - firstAskedAt < 2_400) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not yet');
        return;
      }
      serveFile(req, res, body, null);
    });
    const { job } = await start(cdn);
    await until(() => states(job).includes('ready'), 120);
    expect(states(job)).not.toContain('failed');
    expect(cdn.requests.length).toBeGreaterThanOrEqual(2);
    const waiting = seen.find(
      (j) => j.id === job.id && j.note?.includes('not on the video server'),
    );
    expect(waiting).toBeDefined();
  });

  it(
    'a fresh link that keeps answering 404 is called dead only after ten minutes, without blaming a 30-day expiry',
    { timeout: 60_000 },
    async () => {
      const askedAt: number[] = [];
      const cdn = await startServer((_req, res) => {
        askedAt.push(clock.now());
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('gone');
      });
      const { job } = await start(cdn);
      await until(() => states(job).includes('failed'), 120, 10_000);
      const failed = seen.filter((j) => j.id === job.id && j.state === 'failed').at(-1);
      expect((askedAt.at(-1) ?? 0) - (askedAt[0] ?? 0)).toBeGreaterThanOrEqual(
        FRESH_LINK_GRACE_MS - 60_000,
      );
      expect(failed?.error?.message).toMatch(/HTTP 404/);
      expect(failed?.error?.message).not.toMatch(/30 days/);
      // Retries spread out with backoff: far fewer requests than one a second for ten minutes.
      expect(askedAt.length).toBeLessThan(30);
    },
  );
});
