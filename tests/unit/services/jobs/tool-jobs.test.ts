import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Job } from '../../../../shared/domain';
import { createMainServices, type MainServices } from '../../../../electron/main/main-services';
import { MemorySecretBackend } from '../../../../electron/main/services/secrets/secret-backend';
import { startFakeAceData, type FakeAceData } from '../../../fixtures/fake-acedata/server';

const TOKEN = 'sk-tool-jobs-token-7731';
const IMAGE = 'https://cdn.example.com/face.png';
const VIDEO = 'https://cdn.example.com/dance.mp4';

describe('motion control, lip-sync and talking photo as jobs', () => {
  let api: FakeAceData;
  let dataDir: string;
  let services: MainServices;
  const events: Job[] = [];

  beforeEach(async () => {
    api = await startFakeAceData({ taskDurationMs: 150, validToken: TOKEN });
    dataDir = await mkdtemp(join(tmpdir(), 'kling-tools-'));
    events.length = 0;
    const keychain = new MemorySecretBackend();
    await keychain.set('acedata-api-token', TOKEN);
    services = await createMainServices({
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
      limits: { pollFloorMs: 50, pollCapMs: 300, minSubmitIntervalMs: 10 },
    });
  });
  afterEach(async () => {
    services.stop();
    await api.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function ready(jobId: string): Promise<Job> {
    // Bounded by time, not turns: a busy machine slows every turn.
    for (const end = Date.now() + 15_000; Date.now() < end;) {
      const job = events.find((j) => j.id === jobId && j.state === 'ready');
      if (job) return job;
      const failed = events.find((j) => j.id === jobId && j.state === 'failed');
      if (failed) throw new Error(`job failed: ${failed.error?.message}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('job never became ready');
  }

  const bodiesTo = (path: string) =>
    api.requests.filter((r) => r.path === path).map((r) => r.body as Record<string, unknown>);

  async function sidecarOf(job: Job): Promise<Record<string, unknown>> {
    const path = join(services.library.projectDir(job.projectId), `${job.id}.kling.json`);
    return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  }

  it('sends motion control to /kling/motion, polls it and keeps a verified clip with its sources', async () => {
    const job = await services.jobs.submitTool({
      tool: {
        tool: 'motion',
        imageUrl: IMAGE,
        videoUrl: VIDEO,
        characterOrientation: 'video',
        mode: 'pro',
        model: 'kling-v3',
        keepOriginalSound: true,
      },
      fileNames: { image: 'face.png' },
    });
    expect(job).toMatchObject({ action: 'motion', model: 'kling-v3', state: 'queued' });
    const done = await ready(job.id);
    expect(bodiesTo('/kling/motion')).toEqual([
      {
        image_url: IMAGE,
        video_url: VIDEO,
        character_orientation: 'video',
        mode: 'pro',
        model_name: 'kling-v3',
        keep_original_sound: 'yes',
        async: true,
      },
    ]);
    expect(bodiesTo('/kling/videos')).toEqual([]);
    const file = await readFile((await services.library.resolveClipFile(done.clipId!))!);
    expect(Buffer.compare(file, api.videoBytes())).toBe(0);
    const sidecar = await sidecarOf(job);
    // Written as version 2, which an app that knows only videos leaves alone.
    expect(sidecar).toMatchObject({ version: 2, action: 'motion', model: 'kling-v3' });
    const detail = await services.library.getClip(done.clipId!);
    expect(detail.sources).toEqual([
      { role: 'characterImage', url: IMAGE, name: 'face.png' },
      { role: 'motionVideo', url: VIDEO, name: null },
    ]);
  });

  it('lip-syncs a library clip by its video id and makes the result its child', async () => {
    const first = await services.jobs.submit({
      action: 'text2video',
      prompt: 'a singer on a stage',
      model: 'kling-v1',
    });
    const parent = await ready(first.id);
    const parentClip = services.library.findClip(parent.clipId!)!;
    const job = await services.jobs.submitTool({
      tool: { tool: 'lip-sync', text: 'Hello there' },
      sourceClipId: parentClip.id,
    });
    expect(job).toMatchObject({ action: 'lip-sync', model: null, parentClipId: parentClip.id });
    const done = await ready(job.id);
    expect(bodiesTo('/kling/lip-sync')).toEqual([
      { video_id: parentClip.videoId, text: 'Hello there', async: true },
    ]);
    const child = await services.library.getClip(done.clipId!);
    expect(child).toMatchObject({ action: 'lip-sync', model: null, prompt: 'Hello there' });
    expect(child.parent?.id).toBe(parentClip.id);
    const lineage = await services.library.getClip(parentClip.id);
    expect(lineage.children.map((c) => c.id)).toEqual([child.id]);
  });

  it('makes a talking photo from an image and text', async () => {
    const job = await services.jobs.submitTool({
      tool: { tool: 'talking-photo', imageUrl: IMAGE, text: 'Good morning', duration: 10 },
    });
    const done = await ready(job.id);
    expect(bodiesTo('/kling/talking-photo')).toEqual([
      { image_url: IMAGE, text: 'Good morning', duration: 10, async: true },
    ]);
    const clip = services.library.findClip(done.clipId!)!;
    expect(clip).toMatchObject({ action: 'talking-photo', model: null, durationSec: 10.041 });
  });

  it('keeps a talking photo answered 503 with its task id, follows that task and sends it once', async () => {
    api.failNext('/kling/talking-photo', { createThenStatus: 503 });
    const job = await services.jobs.submitTool({
      tool: { tool: 'talking-photo', imageUrl: IMAGE, text: 'Still here' },
    });
    const done = await ready(job.id);
    expect(bodiesTo('/kling/talking-photo')).toHaveLength(1);
    const [task] = [...api.tasks.values()];
    expect(done.taskId).toBe(task?.id);
    expect(events.some((j) => j.id === job.id && ['failed', 'unknown'].includes(j.state))).toBe(
      false,
    );
    expect(services.library.findClip(done.clipId!)?.action).toBe('talking-photo');
  });

  it('refuses a tool request that breaks a rule and sends nothing', async () => {
    await expect(
      services.jobs.submitTool({
        tool: { tool: 'lip-sync', videoUrl: VIDEO, text: 'a'.repeat(121) },
      }),
    ).rejects.toMatchObject({ code: 'invalid_request', message: /121 characters, more than 120/ });
    // Without orientation and mode the contract itself refuses it at the IPC boundary.
    const answer = await services.router.handle(
      'tools:submit',
      { tool: { tool: 'motion', imageUrl: IMAGE, videoUrl: VIDEO } },
      { frameUrl: 'app://kling/index.html', isMainFrame: true },
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(api.requests.filter((r) => r.path.startsWith('/kling/'))).toEqual([]);
    expect(services.jobs.list()).toEqual([]);
  });

  it('refuses to lip-sync a library clip Kling cannot take by id, naming why', async () => {
    const first = await services.jobs.submit({
      action: 'text2video',
      prompt: 'a long walk',
      model: 'kling-v1',
      duration: 10,
    });
    const parent = await ready(first.id);
    // The same clip, pretending it had been made 31 days ago: Kling no longer has it.
    const clipId = parent.clipId!;
    const clip = services.library.findClip(clipId)!;
    const past = new Date(Date.parse(clip.createdAt) - 31 * 24 * 60 * 60_000).toISOString();
    const sidecarPath = join(
      services.library.projectDir(parent.projectId),
      `${parent.id}.kling.json`,
    );
    const sidecar = JSON.parse(await readFile(sidecarPath, 'utf8')) as Record<string, unknown>;
    await writeFile(sidecarPath, JSON.stringify({ ...sidecar, createdAt: past }));
    await services.library.refresh(true);
    const before = api.requests.length;
    await expect(
      services.jobs.submitTool({ tool: { tool: 'lip-sync', text: 'Hi' }, sourceClipId: clipId }),
    ).rejects.toMatchObject({ code: 'invalid_request', message: /30 days/ });
    await expect(
      services.jobs.submitTool({
        tool: { tool: 'lip-sync', text: 'Hi' },
        sourceClipId: 'clip_gone',
      }),
    ).rejects.toMatchObject({ code: 'unknown_clip' });
    expect(api.requests.slice(before).filter((r) => r.path === '/kling/lip-sync')).toEqual([]);
  });
});
