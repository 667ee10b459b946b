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
  mp4Body,
  serveFile,
  startServer,
  type VideoServer,
} from '../downloads/video-server';

/**
 * A job whose result link is served by a loopback CDN that follows the job service's manual
 * clock, so "2.4 s after the task finished" means the same thing to both sides.
 */
describe('a fresh result link that answers 404 at first', () => {
  let dir: string;
  let clock: ManualClock;
  let service: JobService;
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
      download: (options) => downloadVideo({ ...options, retryDelayMs: 0 }),
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
    seen.length = 0;
  });
  afterEach(async () => {
    service.stop();
    await closeAllServers();
    await rm(dir, { recursive: true, force: true });
  });

  it('is tried again until the file appears 2.4 s later, and the video lands', async () => {
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
    'is called dead only after ten minutes, without blaming a 30-day expiry',
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
