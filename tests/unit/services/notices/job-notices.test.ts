import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventName } from '../../../../shared/contract';
import { JobSchema, type Job } from '../../../../shared/domain';
import {
  JobNotices,
  type DesktopSignals,
  type Notice,
} from '../../../../electron/main/services/notices/job-notices';
import { PreferencesStore } from '../../../../electron/main/services/preferences/preferences-store';

function job(overrides: Partial<Job>): Job {
  return JobSchema.parse({
    id: 'job_1',
    projectId: 'default',
    action: 'text2video',
    model: 'kling-v2-6',
    prompt: 'A red kite over the dunes',
    state: 'running',
    taskId: 'task_1',
    clipId: null,
    error: null,
    createdAt: '2026-11-29T10:00:00.000Z',
    updatedAt: '2026-11-29T10:01:00.000Z',
    download: null,
    ...overrides,
  });
}

const downloading = (id: string, received: number, total: number | null) =>
  job({ id, state: 'downloading', download: { receivedBytes: received, totalBytes: total } });

/** A desktop that records what it was asked to show, and whose notifications can be clicked. */
function fakeDesktop() {
  const notices: { notice: Notice; click: () => void }[] = [];
  const progress: (number | null)[] = [];
  let focused = 0;
  const signals: DesktopSignals = {
    notify: (notice, click) => notices.push({ notice, click }),
    setProgress: (fraction) => progress.push(fraction),
    focusWindow: () => (focused += 1),
  };
  return { signals, notices, progress, focused: () => focused };
}

function setUp(sound: () => Promise<boolean> = async () => false) {
  const desktop = fakeDesktop();
  const events: { event: EventName; payload: unknown }[] = [];
  const logged: string[] = [];
  const service = new JobNotices({
    signals: desktop.signals,
    soundOn: sound,
    emit: (event, payload) => events.push({ event, payload }),
    log: (message) => logged.push(message),
  });
  return { service, desktop, events, logged };
}

describe('notifications of finished jobs', () => {
  it('a ready video is announced with its prompt and opens its clip when clicked', async () => {
    const { service, desktop, events } = setUp();
    await service.jobFinished(job({ state: 'ready', clipId: 'clip_9' }));
    expect(desktop.notices.map((n) => n.notice)).toEqual([
      {
        title: 'Video ready',
        body: '“A red kite over the dunes” is in your library.',
        silent: true,
        clipId: 'clip_9',
      },
    ]);
    expect(events).toEqual([]);

    desktop.notices[0]!.click();
    expect(desktop.focused()).toBe(1);
    expect(events).toEqual([{ event: 'library:openClip', payload: { clipId: 'clip_9' } }]);
  });

  it("a failure says the provider's reason without its markup, and a click only brings the window forward", async () => {
    const { service, desktop, events } = setUp();
    await service.jobFinished(
      job({
        state: 'failed',
        error: {
          code: 'forbidden',
          message: 'Kling could not make this video: <b>Sensitive</b>&nbsp;content &amp; more',
          traceId: 'trace-1',
        },
      }),
    );
    const [shown] = desktop.notices;
    expect(shown?.notice).toEqual({
      title: 'Video failed',
      body: 'Kling could not make this video: Sensitive content & more',
      silent: true,
      clipId: null,
    });
    shown!.click();
    expect(desktop.focused()).toBe(1);
    expect(events).toEqual([]);
  });

  it('a long prompt is cut to fit, and an empty one still says where the video is', async () => {
    const { service } = setUp();
    const long = await service.noticeFor(job({ state: 'ready', prompt: 'x'.repeat(500) }));
    expect(Array.from(long!.body).length).toBeLessThan(200);
    expect(long!.body).toContain('…');
    const empty = await service.noticeFor(job({ state: 'ready', prompt: '' }));
    expect(empty!.body).toBe('Your new video is in the library.');
  });

  it('states that are not an end are not announced', async () => {
    const { service, desktop } = setUp();
    for (const state of ['queued', 'running', 'succeeded', 'downloading', 'unknown'] as const)
      await service.jobFinished(job({ state }));
    expect(desktop.notices).toEqual([]);
  });

  it('makes a sound only when the preference is on, and stays quiet when it cannot be read', async () => {
    let on = true;
    const { service, desktop, logged } = setUp(async () => on);
    await service.jobFinished(job({ state: 'ready', clipId: 'clip_1' }));
    on = false;
    await service.jobFinished(job({ state: 'failed' }));
    expect(desktop.notices.map((n) => n.notice.silent)).toEqual([false, true]);

    const broken = setUp(async () => {
      throw new Error('disk gone');
    });
    await broken.service.jobFinished(job({ state: 'ready', clipId: 'clip_1' }));
    expect(broken.desktop.notices.map((n) => n.notice.silent)).toEqual([true]);
    expect(broken.logged).toEqual(['the notification sound preference could not be read']);
    expect(logged).toEqual([]);
  });
});

describe('dock and taskbar progress', () => {
  it('shows the downloads under way as one fraction and clears it when none is left', () => {
    const { service, desktop } = setUp();
    service.jobChanged(job({ id: 'other', state: 'running' }));
    service.jobChanged(downloading('a', 0, 400));
    service.jobChanged(downloading('a', 100, 400));
    service.jobChanged(downloading('b', 300, 400));
    service.jobChanged(downloading('b', 300, 400));
    service.jobChanged(job({ id: 'a', state: 'ready', clipId: 'c' }));
    service.jobChanged(job({ id: 'b', state: 'failed' }));
    // The first running job shows nothing, and an unchanged total is not applied twice.
    expect(desktop.progress).toEqual([0, 0.25, 0.5, 0.75, null]);
  });

  it('a download of unknown size does not count until its size is known', () => {
    const { service, desktop } = setUp();
    service.jobChanged(downloading('a', 500, null));
    service.jobChanged(downloading('b', 50, 100));
    expect(desktop.progress).toEqual([0.5]);
  });
});

describe('the sound preference', () => {
  it('is off until chosen, and kept for the next start', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kling-notices-'));
    try {
      const path = join(dir, 'preferences.json');
      expect(await new PreferencesStore(path).notificationSound()).toBe(false);
      await new PreferencesStore(path).setNotificationSound(true);
      expect(await new PreferencesStore(path).notificationSound()).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
