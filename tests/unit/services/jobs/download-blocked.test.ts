import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Job } from '../../../../shared/domain';
import { createUpdateController } from '../../../../electron/main/desktop/update-controller';
import { createMainServices, type MainServices } from '../../../../electron/main/main-services';
import { MemorySecretBackend } from '../../../../electron/main/services/secrets/secret-backend';
import { startFakeAceData, type FakeAceData } from '../../../fixtures/fake-acedata/server';

const TOKEN = 'sk-blocked-host-token-0042';
const SENDER = { frameUrl: 'app://kling/', isMainFrame: true };

describe('a result on a host outside the allowed list', () => {
  let api: FakeAceData;
  let dataDir: string;
  const running: MainServices[] = [];
  const events: Job[] = [];

  /** The fake server's own host is left off the download list, so its result is "unexpected". */
  async function boot(): Promise<MainServices> {
    const keychain = new MemorySecretBackend();
    await keychain.set('acedata-api-token', TOKEN);
    const services = await createMainServices({
      version: 'test',
      dataDir,
      workspaceDir: join(dataDir, 'workspace'),
      apiBaseUrl: api.url,
      downloadHosts: ['v*-kling.klingai.com'],
      keychain,
      isTrustedSender: () => true,
      emit: (event, payload) => {
        if (event === 'jobs:changed') events.push(payload as Job);
      },
      openExternal: async () => false,
      limits: { pollFloorMs: 50, pollCapMs: 300, minSubmitIntervalMs: 0 },
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
    api = await startFakeAceData({ taskDurationMs: 100, validToken: TOKEN });
    dataDir = await mkdtemp(join(tmpdir(), 'kling-blocked-'));
    events.length = 0;
  });
  afterEach(async () => {
    for (const s of running.splice(0)) s.stop();
    await api.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('stays succeeded with its address kept across a restart, downloads once allowed, and is never sent again', async () => {
    const host = new URL(api.url).host;
    let services = await boot();
    const job = await services.jobs.submit({
      action: 'text2video',
      prompt: 'a kite over dunes',
      model: 'kling-v1',
    });
    const blocked = await until(() =>
      services.jobs.list().find((j) => j.id === job.id && j.downloadBlocked),
    );
    expect(blocked.state).toBe('succeeded');
    expect(blocked.downloadBlocked).toEqual({
      host,
      url: `${api.url}/files/${blocked.taskId}.mp4`,
    });
    expect(blocked.error?.code).toBe('download_host_blocked');
    expect(blocked.error?.message).toContain(host);
    expect(events.filter((e) => e.id === job.id).map((e) => e.state)).not.toContain('failed');
    // Not a byte asked of the unexpected host.
    expect(api.requests.filter((r) => r.method === 'GET')).toHaveLength(0);

    // A restart keeps the job, its state and its address, and still fetches nothing. Stopped
    // once the journal on disk has the block (the event follows the durable write, but a
    // later write may still be on its way), then given a moment to settle, as an exit would.
    const journalPath = join(dataDir, 'jobs.json');
    for (let i = 0; i < 200; i++) {
      if (/"downloadBlocked": ?\{/.test(await readFile(journalPath, 'utf8'))) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    running.splice(0).forEach((s) => s.stop());
    await new Promise((r) => setTimeout(r, 100));
    services = await boot();
    const reloaded = services.jobs.list().find((j) => j.id === job.id);
    expect(reloaded?.state).toBe('succeeded');
    expect(reloaded?.downloadBlocked).toEqual(blocked.downloadBlocked);
    const journal = await readFile(journalPath, 'utf8');
    expect(journal).toContain(blocked.downloadBlocked!.url);

    // Allowing another host than the one shown changes nothing.
    const wrong = await services.router.handle(
      'jobs:allowDownloadHost',
      { jobId: job.id, host: 'evil.example' },
      SENDER,
    );
    expect(wrong).toMatchObject({ ok: false, error: { code: 'download_not_blocked' } });
    expect(services.jobs.list().find((j) => j.id === job.id)?.downloadBlocked).not.toBeNull();

    const allowed = await services.router.handle(
      'jobs:allowDownloadHost',
      { jobId: job.id, host },
      SENDER,
    );
    expect(allowed).toMatchObject({ ok: true, value: { id: job.id, downloadBlocked: null } });
    const ready = await until(() =>
      services.jobs.list().find((j) => j.id === job.id && j.state === 'ready'),
    );
    const file = await readFile((await services.library.resolveClipFile(ready.clipId!))!);
    expect(Buffer.compare(file, api.videoBytes())).toBe(0);
    expect(api.requests.filter((r) => r.path === '/kling/videos')).toHaveLength(1);
  });

  it('does not hold back an app update while it waits for the person', async () => {
    const services = await boot();
    const job = await services.jobs.submit({
      action: 'text2video',
      prompt: 'a lighthouse at dusk',
      model: 'kling-v1',
    });
    await until(() => services.jobs.list().find((j) => j.id === job.id && j.downloadBlocked));
    const updater = Object.assign(new EventEmitter(), {
      autoDownload: false,
      autoInstallOnAppQuit: false,
      checkForUpdates: async () => null,
      quitAndInstall: () => undefined,
    });
    const asked: string[] = [];
    createUpdateController({
      updater,
      feed: 'https://github.com/owner/repo/releases',
      listJobs: () => services.jobs.list(),
      askToRestart: async (version) => {
        asked.push(version);
        return false;
      },
      inform: () => undefined,
      log: () => undefined,
    });
    updater.emit('update-downloaded', { version: '9.9.9' });
    await new Promise((r) => setImmediate(r));
    expect(asked).toEqual(['9.9.9']);
  });

  it('allowing is refused for a job that is not blocked', async () => {
    const services = await boot();
    const answer = await services.router.handle(
      'jobs:allowDownloadHost',
      { jobId: 'job_0123456789abcdef', host: 'v21-kling.klingai.com' },
      SENDER,
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'download_not_blocked' } });
  });
});
