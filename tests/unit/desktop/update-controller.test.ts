import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { JobState } from '../../../shared/domain';
import { JOB_STATES } from '../../../shared/domain';
import {
  createUpdateController,
  type Updater,
} from '../../../electron/main/desktop/update-controller';
import { canRestartToUpdate, workInFlight } from '../../../electron/main/desktop/update-gate';

class FakeUpdater extends EventEmitter implements Updater {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  checks = 0;
  installs = 0;
  failWith: Error | null = null;
  async checkForUpdates(): Promise<unknown> {
    this.checks += 1;
    if (this.failWith) throw this.failWith;
    return null;
  }
  quitAndInstall(): void {
    this.installs += 1;
  }
}

function setUp(states: JobState[]) {
  const updater = new FakeUpdater();
  const jobs = states.map((state) => ({ state }));
  const askToRestart = vi.fn(async () => true);
  const inform = vi.fn();
  const log = vi.fn();
  const controller = createUpdateController({
    updater,
    feed: 'https://github.com/owner/repo/releases',
    listJobs: () => jobs,
    askToRestart,
    inform,
    log,
  });
  return { updater, jobs, askToRestart, inform, log, controller };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('restart-to-update gate', () => {
  it('blocks on a submission, a result waiting to download and a download; nothing else', () => {
    const blocking = JOB_STATES.filter((state) => !canRestartToUpdate([{ state }]));
    expect(blocking).toEqual(['submitting', 'succeeded', 'downloading']);
    expect(canRestartToUpdate([])).toBe(true);
    expect(
      workInFlight([{ state: 'submitting' }, { state: 'downloading' }, { state: 'running' }]),
    ).toEqual({
      submissions: 1,
      downloads: 1,
    });
  });

  it('does not wait for a result whose download is blocked on the person’s host decision', () => {
    const blocked = { host: 'v21.example.net', url: 'https://v21.example.net/a.mp4' };
    expect(canRestartToUpdate([{ state: 'succeeded', downloadBlocked: blocked }])).toBe(true);
    expect(canRestartToUpdate([{ state: 'succeeded', downloadBlocked: null }])).toBe(false);
    expect(
      workInFlight([
        { state: 'succeeded', downloadBlocked: blocked },
        { state: 'downloading', downloadBlocked: null },
      ]),
    ).toEqual({ submissions: 0, downloads: 1 });
  });
});

describe('update controller', () => {
  it('downloads in the background and installs on quit', () => {
    const { updater } = setUp([]);
    expect([updater.autoDownload, updater.autoInstallOnAppQuit]).toEqual([true, true]);
  });

  it('offers the restart as soon as an update is downloaded while nothing is in flight', async () => {
    const { updater, askToRestart } = setUp(['ready', 'running', 'queued']);
    updater.emit('update-downloaded', { version: '0.2.0' });
    await flush();
    expect(askToRestart).toHaveBeenCalledWith('0.2.0');
    expect(updater.installs).toBe(1);
  });

  it('waits for a download in flight to end before offering, then offers once', async () => {
    const { updater, jobs, askToRestart, controller } = setUp(['downloading']);
    updater.emit('update-downloaded', { version: '0.2.0' });
    controller.jobsChanged();
    await flush();
    expect(askToRestart).not.toHaveBeenCalled();
    jobs[0]!.state = 'ready';
    controller.jobsChanged();
    controller.jobsChanged();
    await flush();
    expect(askToRestart).toHaveBeenCalledOnce();
  });

  it('does not restart when the person declines', async () => {
    const { updater, askToRestart, log } = setUp([]);
    askToRestart.mockResolvedValue(false);
    updater.emit('update-downloaded', { version: '0.2.0' });
    await flush();
    expect(updater.installs).toBe(0);
    expect(log).toHaveBeenCalledWith('update 0.2.0 will be installed when the app quits');
  });

  it('logs the feed and any failure; a check from the menu tells the person', async () => {
    const { updater, controller, log, inform } = setUp([]);
    updater.failWith = new Error('net::ERR_INTERNET_DISCONNECTED');
    await controller.check({ fromMenu: true });
    expect(log).toHaveBeenCalledWith(
      'checking for updates at https://github.com/owner/repo/releases',
    );
    expect(log).toHaveBeenCalledWith(
      'update check against https://github.com/owner/repo/releases failed',
      updater.failWith,
    );
    expect(inform).toHaveBeenCalledWith('Could not check for updates. Try again later.');
    updater.emit('error', new Error('404'));
    expect(log).toHaveBeenLastCalledWith(expect.stringContaining('failed'), expect.any(Error));
  });

  it('says "up to date" only for a check asked from the menu', async () => {
    const { updater, controller, inform } = setUp([]);
    await controller.check();
    updater.emit('update-not-available');
    expect(inform).not.toHaveBeenCalled();
    await controller.check({ fromMenu: true });
    updater.emit('update-not-available');
    expect(inform).toHaveBeenCalledWith('Kling Studio is up to date.');
  });
});
