import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventName } from '../../../../shared/contract';
import { createMainServices, type MainServices } from '../../../../electron/main/main-services';
import type { Notice } from '../../../../electron/main/services/notices/job-notices';
import { MemorySecretBackend } from '../../../../electron/main/services/secrets/secret-backend';
import { startFakeAceData, type FakeAceData } from '../../../fixtures/fake-acedata/server';

const TOKEN = 'sk-notices-token-0077';
const SENDER = { frameUrl: 'app://renderer/index.html', isMainFrame: true };

describe('notifications wired into the main services', () => {
  let api: FakeAceData;
  let dataDir: string;
  let services: MainServices | null = null;

  beforeEach(async () => {
    api = await startFakeAceData({ taskDurationMs: 150, validToken: TOKEN });
    dataDir = await mkdtemp(join(tmpdir(), 'kling-notices-'));
  });
  afterEach(async () => {
    services?.stop();
    await api.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function until<T>(read: () => T | undefined | null, ms = 10_000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const value = read();
      if (value) return value;
      if (Date.now() > end) throw new Error('timed out waiting');
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  it('a finished job is announced with its clip, the click opens it, and the sound follows Settings', async () => {
    const notices: { notice: Notice; click: () => void }[] = [];
    const progress: (number | null)[] = [];
    const events: { event: EventName; payload: unknown }[] = [];
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
      emit: (event, payload) => events.push({ event, payload }),
      signals: {
        notify: (notice, click) => notices.push({ notice, click }),
        setProgress: (fraction) => progress.push(fraction),
        focusWindow: () => undefined,
      },
      openExternal: async () => false,
      limits: { pollFloorMs: 50, pollCapMs: 400, minSubmitIntervalMs: 10 },
    });
    const running = services;
    const make = async (prompt: string) => {
      const job = await running.jobs.submit({ action: 'text2video', prompt, model: 'kling-v1' });
      return until(() => running.jobs.list().find((j) => j.id === job.id && j.clipId));
    };

    const first = await make('a lighthouse at dusk');
    const shown = await until(() => notices[0]);
    expect(shown.notice).toEqual({
      title: 'Video ready',
      body: '“a lighthouse at dusk” is in your library.',
      silent: true,
      clipId: first.clipId,
    });
    shown.click();
    expect(events.at(-1)).toEqual({
      event: 'library:openClip',
      payload: { clipId: first.clipId },
    });
    // The download moved the icon's progress, and it was cleared when the clip was in place.
    expect(progress.at(-1)).toBeNull();
    expect(progress.some((f) => f !== null && f > 0)).toBe(true);

    const answer = await running.router.handle('notices:setSound', { sound: true }, SENDER);
    expect(answer).toEqual({ ok: true, value: { sound: true } });
    await make('a harbour at dawn');
    expect((await until(() => notices[1])).notice.silent).toBe(false);
  });
});
