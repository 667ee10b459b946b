import { BrowserWindow, Notification, powerMonitor } from 'electron';
import type { Job } from '../../../shared/domain';

/** An OS notification when a job ends, so the user can work elsewhere while Kling renders. */
export function notifyJobFinished(job: Job): void {
  if (!Notification.isSupported()) return;
  const title = job.state === 'ready' ? 'Video ready' : 'Video failed';
  const body =
    job.state === 'ready'
      ? job.prompt.slice(0, 120)
      : (job.error?.message ?? job.prompt).slice(0, 160);
  new Notification({ title, body, silent: job.state === 'ready' }).show();
}

/** Download progress on the dock or taskbar icon; null clears it. */
export function showProgress(fraction: number | null): void {
  for (const window of BrowserWindow.getAllWindows()) {
    window.setProgressBar(fraction === null ? -1 : Math.min(Math.max(fraction, 0), 1));
  }
}

/** Waking from sleep or unlocking the screen: look at every open job at once. */
export function onSystemWake(wake: () => void): void {
  powerMonitor.on('resume', wake);
  powerMonitor.on('unlock-screen', wake);
}
