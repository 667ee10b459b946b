import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Job } from '../../../../shared/domain';
import { createMainServices, type MainServices } from '../../../../electron/main/main-services';
import { MemorySecretBackend } from '../../../../electron/main/services/secrets/secret-backend';
import { startFakeAceData, type FakeAceData } from '../../../fixtures/fake-acedata/server';

const TOKEN = 'sk-lifecycle-token-0042';

describe('a job from click to clip', () => {
  let api: FakeAceData;
  let dataDir: string;
  const running: MainServices[] = [];
  const events: Job[] = [];

  async function boot(): Promise<MainServices> {
    const keychain = new MemorySecretBackend();
    await keychain.set('acedata-api-token', TOKEN);
    const services = await createMainServices({
      version: 'test',
      dataDir,
      workspaceDir: join(dataDir, 'workspace'),
      apiBaseUrl: api.url,
      downloadHosts: [new URL(api.url).host],
      keychain,
      isTrustedSender: () => true,
      emit: (event, payload) => {
        if (event === 'jobs:changed') events.push(payload as Job);
      },
      openExternal: async () => false,
      limits: { pollFloorMs: 50, pollCapMs: 400, minSubmitIntervalMs: 10 },
    });
    running.push(services);
    return services;
  }

  async function until<T>(read: () => T | undefined | null | false, ms = 10_000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const value = read();
      if (value) return value;
      if (Date.now() > end) throw new Error('timed out waiting');
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  beforeEach(async () => {
    api = await startFakeAceData({ taskDurationMs: 200, validToken: TOKEN });
    dataDir = await mkdtemp(join(tmpdir(), 'kling-jobs-'));
    events.length = 0;
  });
  afterEach(async () => {
    for (const s of running.splice(0)) s.stop();
    await api.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('submits once, polls in batches, downloads a verified file and records a sidecar', async () => {
    const services = await boot();
    const job = await services.jobs.submit({
      action: 'text2video',
      prompt: 'a lighthouse at dusk',
      model: 'kling-v1',
    });
    // The journal's view turns ready a moment before the event goes out (the event follows
    // the durable write), so wait for the event itself.
    const ready = await until(() => events.find((j) => j.id === job.id && j.state === 'ready'));
    expect(api.requests.filter((r) => r.path === '/kling/videos')).toHaveLength(1);
    const seen = new Set(events.filter((e) => e.id === job.id).map((e) => e.state));
    for (const state of ['queued', 'submitting', 'submitted', 'succeeded', 'downloading', 'ready'])
      expect(seen).toContain(state);

    const [clip] = services.library.listClips(job.projectId);
    expect(clip?.id).toBe(ready.clipId);
    const file = await readFile((await services.library.resolveClipFile(clip!.id))!);
    expect(Buffer.compare(file, api.videoBytes())).toBe(0);
    const names = await readdir(services.library.projectDir(job.projectId));
    expect(names).toContain(`${job.id}.mp4`);
    expect(names.some((n) => n.endsWith('.part'))).toBe(false);
    const sidecar = JSON.parse(
      await readFile(
        join(services.library.projectDir(job.projectId), `${job.id}.kling.json`),
        'utf8',
      ),
    );
    expect(sidecar).toMatchObject({
      version: 1,
      model: 'kling-v1',
      prompt: 'a lighthouse at dusk',
      sizeBytes: file.length,
      // The fake bills the 5 s asked for; the file itself runs 5.041 s.
      billedSec: 5,
      durationSec: 5.041,
    });
    // What the request left out is recorded as what the provider applied.
    expect(sidecar.defaults).toEqual({ mode: 'std', duration: 5, aspect_ratio: '16:9' });
    expect(ready.billedSec).toBe(5);
    expect(JSON.stringify(sidecar)).not.toContain(TOKEN);
  });

  it.each([502, 503, 504] as const)(
    'a submission answered %i with a task_id is kept, polled by that id and downloaded, never resent',
    async (status) => {
      const services = await boot();
      api.failNext('/kling/videos', { createThenStatus: status });
      const job = await services.jobs.submit({
        action: 'text2video',
        prompt: 'a heron at dawn',
        model: 'kling-v1',
      });
      const ready = await until(() => events.find((j) => j.id === job.id && j.state === 'ready'));
      const [taskId] = [...api.tasks.keys()];
      expect(ready.taskId).toBe(taskId);
      expect(events.filter((e) => e.id === job.id).map((e) => e.state)).not.toContain('failed');
      expect(events.filter((e) => e.id === job.id).map((e) => e.state)).not.toContain('unknown');
      expect(api.requests.filter((r) => r.path === '/kling/videos')).toHaveLength(1);
      const polled = api.requests.filter((r) => r.path === '/kling/tasks');
      expect(JSON.stringify(polled.map((r) => r.body))).toContain(taskId);
      const file = await readFile((await services.library.resolveClipFile(ready.clipId!))!);
      expect(Buffer.compare(file, api.videoBytes())).toBe(0);
    },
  );

  it('marks a failed task failed with the provider message and trace id', async () => {
    const services = await boot();
    const job = await services.jobs.submit({
      action: 'text2video',
      prompt: 'x',
      model: 'kling-v1',
    });
    const taskId = await until(() => services.jobs.list().find((j) => j.id === job.id)?.taskId);
    api.failTask(taskId, { code: 'forbidden', message: 'content refused' });
    const failed = await until(() =>
      services.jobs.list().find((j) => j.id === job.id && j.state === 'failed'),
    );
    expect(failed.error?.message).toMatch(/content refused/);
    expect(failed.error?.traceId).toBeTruthy();
  });

  it('refuses to queue a job without a token and sends nothing', async () => {
    const services = await boot();
    await services.tokens.clear();
    await expect(
      services.jobs.submit({ action: 'text2video', prompt: 'x', model: 'kling-v1' }),
    ).rejects.toMatchObject({ code: 'no_token' });
    expect(api.requests).toHaveLength(0);
    expect(services.jobs.list()).toHaveLength(0);
  });

  it('after a restart, never resends a job caught mid-submission and finishes a submitted one', async () => {
    const first = await boot();
    const job = await first.jobs.submit({
      action: 'text2video',
      prompt: 'resume me',
      model: 'kling-v1',
    });
    const journalPath = join(dataDir, 'jobs.json');
    // Wait for the state on disk, not in memory: that is what a restart will read.
    let onDisk = '';
    await until(() => first.jobs.list().find((j) => j.id === job.id && j.state === 'submitted'));
    for (let i = 0; i < 200 && !/"state": "(submitted|running)"/.test(onDisk); i++) {
      onDisk = await readFile(journalPath, 'utf8');
      await new Promise((r) => setTimeout(r, 10));
    }
    first.stop();
    running.length = 0;
    await new Promise((r) => setTimeout(r, 100));
    // A second journal entry as if the app died between writing "submitting" and the answer.
    const journal = JSON.parse(await readFile(journalPath, 'utf8'));
    const template = journal.jobs[0];
    journal.jobs.push({ ...template, id: 'job_caughtmidway', state: 'submitting', taskId: null });
    await writeFile(journalPath, JSON.stringify(journal));

    const second = await boot();
    const unknown = await until(() => second.jobs.list().find((j) => j.id === 'job_caughtmidway'));
    expect(unknown.state).toBe('unknown');
    await until(() => second.jobs.list().find((j) => j.id === job.id && j.state === 'ready'));
    expect(api.requests.filter((r) => r.path === '/kling/videos')).toHaveLength(1);
    expect(
      api.requests.filter((r) => r.path.startsWith('/files/') && r.method === 'GET'),
    ).toHaveLength(1);
  });

  it('connection refused before sending is retried, and exactly one task is created', async () => {
    const port = Number(new URL(api.url).port);
    await api.close();
    const services = await boot();
    const job = await services.jobs.submit({
      action: 'text2video',
      prompt: 'wait for me',
      model: 'kling-v1',
    });
    await until(() =>
      services.jobs.list().find((j) => j.id === job.id && j.note?.includes('connection')),
    );
    expect(services.jobs.status().offline).toBe(true);
    api = await startFakeAceData({ taskDurationMs: 200, validToken: TOKEN, port });
    services.jobs.wake();
    await until(
      () => services.jobs.list().find((j) => j.id === job.id && j.state === 'ready'),
      15_000,
    );
    expect(api.tasks.size).toBe(1);
    expect(api.requests.filter((r) => r.path === '/kling/videos')).toHaveLength(1);
  });

  it('accepted by the server but the answer is lost → unknown, never resent', async () => {
    const services = await boot();
    api.failNext('/kling/videos', { reset: 'after' });
    const job = await services.jobs.submit({
      action: 'text2video',
      prompt: 'lost answer',
      model: 'kling-v1',
    });
    const unknown = await until(() =>
      services.jobs.list().find((j) => j.id === job.id && j.state === 'unknown'),
    );
    expect(unknown.error?.message).toMatch(/may have started/);
    expect(api.tasks.size).toBe(1);
    await new Promise((r) => setTimeout(r, 600));
    expect(api.requests.filter((r) => r.path === '/kling/videos')).toHaveLength(1);
  });

  it.each([
    ['file:', 'file:///etc/passwd'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:video/mp4;base64,AAAA'],
    ['plain http off loopback', 'http://cdn.klingai.com/v.mp4'],
    ['https with a password in it', 'https://user:secret@cdn.klingai.com/v.mp4'],
  ])(
    'cases 19–20: a result URL that is %s fails the job and is never fetched',
    async (_name, videoUrl) => {
      const services = await boot();
      const job = await services.jobs.submit({
        action: 'text2video',
        prompt: 'hostile',
        model: 'kling-v1',
      });
      const taskId = await until(() => services.jobs.list().find((j) => j.id === job.id)?.taskId);
      api.failNext(
        '/kling/tasks',
        {
          status: 200,
          body: {
            items: [
              { id: taskId, response: { success: true, video_url: videoUrl, state: 'succeed' } },
            ],
            count: 1,
          },
        },
        50,
      );
      const failed = await until(() =>
        services.jobs.list().find((j) => j.id === job.id && j.state === 'failed'),
      );
      expect(failed.error?.code).toBe('unsafe_url');
      expect(api.requests.filter((r) => r.method === 'GET')).toHaveLength(0);
      const names = await readdir(services.library.projectDir(job.projectId));
      expect(names.filter((n) => n.endsWith('.mp4'))).toEqual([]);
    },
  );

  it('sets a corrupt journal aside and starts', async () => {
    await writeFile(join(dataDir, 'jobs.json'), '{ not json');
    const services = await boot();
    expect(services.jobs.list()).toEqual([]);
    expect((await readdir(dataDir)).some((n) => n.startsWith('jobs.json.corrupt-'))).toBe(true);
  });
});
