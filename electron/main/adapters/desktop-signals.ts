import { BrowserWindow, Notification, powerMonitor } from 'electron';
import type { DesktopSignals, Notice } from '../services/notices/job-notices';
import { focusFirstWindow } from './window';

// A Notification that is only referenced by its own event handlers can be collected while it
// is still on screen, and its click is then lost; each is held here until clicked or closed.
const shown = new Set<Notification>();

/**
 * Electron's notification, icon progress and window focus, applying what the notices service
 * decided (`services/notices/job-notices.ts`); nothing is decided here.
 */
export const desktopSignals: DesktopSignals = {
  notify(notice: Notice, onClick: () => void): void {
    if (!Notification.isSupported()) return;
    const notification = new Notification({
      title: notice.title,
      body: notice.body,
      silent: notice.silent,
    });
    shown.add(notification);
    notification.on('click', () => {
      shown.delete(notification);
      onClick();
    });
    notification.on('close', () => shown.delete(notification));
    notification.show();
  },
  setProgress(fraction: number | null): void {
    for (const window of BrowserWindow.getAllWindows()) {
      window.setProgressBar(fraction === null ? -1 : Math.min(Math.max(fraction, 0), 1));
    }
  },
  focusWindow: focusFirstWindow,
};

/** Waking from sleep or unlocking the screen: look at every open job at once. */
export function onSystemWake(wake: () => void): void {
  powerMonitor.on('resume', wake);
  powerMonitor.on('unlock-screen', wake);
}
