import { canRestartToUpdate, type GatedJob } from './update-gate';
import { t } from '../../../shared/i18n';

/** The part of electron-updater's `AppUpdater` the controller drives. */
export interface Updater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'update-not-available', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(): void;
}

export interface UpdateControllerOptions {
  updater: Updater;
  /** Where updates come from, for the log (the GitHub releases of the app). */
  feed: string;
  listJobs: () => ReadonlyArray<GatedJob>;
  /** Asks the person; true means restart now. */
  askToRestart: (version: string) => Promise<boolean>;
  /** Tells the person the result of a check they asked for from the menu. */
  inform: (message: string) => void;
  log: (message: string, error?: unknown) => void;
}

export interface UpdateController {
  /** Checks now; `fromMenu` reports "up to date" and failures to the person too. */
  check(options?: { fromMenu?: boolean }): Promise<void>;
  /** Call when jobs change: a downloaded update waiting for work to finish is offered then. */
  jobsChanged(): void;
}

/**
 * Auto-update flow: check, download in the background, and offer "Restart to update" only
 * while no submission or download is in flight (asked once per update; if declined, it is
 * installed when the app quits). Failures and the feed are logged, never thrown.
 */
export function createUpdateController(options: UpdateControllerOptions): UpdateController {
  const { updater, log } = options;
  updater.autoDownload = true;
  updater.autoInstallOnAppQuit = true;
  let waiting: string | null = null;
  let asking = false;
  let fromMenu = false;

  const offer = (): void => {
    if (waiting === null || asking || !canRestartToUpdate(options.listJobs())) return;
    const version = waiting;
    asking = true;
    options.askToRestart(version).then(
      (restart) => {
        waiting = null;
        asking = false;
        if (restart) {
          log(`restarting to install ${version}`);
          updater.quitAndInstall();
        } else log(`update ${version} will be installed when the app quits`);
      },
      (error: unknown) => {
        asking = false;
        log('could not ask to restart for the update', error);
      },
    );
  };

  updater.on('update-downloaded', (info) => {
    log(`update ${info.version} downloaded`);
    waiting = info.version;
    offer();
  });
  updater.on('update-not-available', () => {
    if (fromMenu) options.inform(t('desktop:update.upToDate'));
  });
  updater.on('error', (error) => log(`update check against ${options.feed} failed`, error));

  return {
    async check(request = {}) {
      fromMenu = request.fromMenu ?? false;
      log(`checking for updates at ${options.feed}`);
      try {
        await updater.checkForUpdates();
      } catch (error) {
        log(`update check against ${options.feed} failed`, error);
        if (fromMenu) options.inform(t('desktop:update.checkFailed'));
      }
    },
    jobsChanged: offer,
  };
}
