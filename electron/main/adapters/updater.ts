import { BrowserWindow, dialog } from 'electron';
import electronUpdater from 'electron-updater';
import { t } from '../../../shared/i18n';
import { createUpdateController, type UpdateController } from '../desktop/update-controller';
import type { GatedJob } from '../desktop/update-gate';

/** The release feed electron-updater reads (app-update.yml, written by electron-builder at packing). */
function feedOf(): string {
  const feed = (
    electronUpdater.autoUpdater as { getFeedURL?: () => string | null | undefined }
  ).getFeedURL?.();
  return feed || 'the GitHub releases named in app-update.yml';
}

/**
 * Wires electron-updater's GitHub-releases updater to the controller: a check now, background
 * download, and a native "Restart to update" question when no work is in flight.
 */
export function startAutoUpdate(options: {
  listJobs: () => ReadonlyArray<GatedJob>;
  log: (message: string, error?: unknown) => void;
}): UpdateController {
  const updater = electronUpdater.autoUpdater;
  updater.logger = {
    info: (message?: unknown) => options.log(`updater: ${String(message)}`),
    warn: (message?: unknown) => options.log(`updater: ${String(message)}`),
    error: (message?: unknown) => options.log(`updater: ${String(message)}`),
    debug: () => undefined,
  };
  const controller = createUpdateController({
    updater,
    feed: feedOf(),
    listJobs: options.listJobs,
    askToRestart: async (version) => {
      const window = BrowserWindow.getAllWindows()[0];
      const question = {
        type: 'info' as const,
        message: t('desktop:update.readyMessage', { version }),
        detail: t('desktop:update.readyDetail'),
        buttons: [t('desktop:update.restart'), t('desktop:update.later')],
        defaultId: 0,
        cancelId: 1,
      };
      const answer = window
        ? await dialog.showMessageBox(window, question)
        : await dialog.showMessageBox(question);
      return answer.response === 0;
    },
    inform: (message) => void dialog.showMessageBox({ type: 'info', message }),
    log: options.log,
  });
  void controller.check();
  return controller;
}
