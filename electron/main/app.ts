import { app } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pickImageFile } from './adapters/dialogs';
import { createFileActions } from './adapters/files';
import { notifyJobFinished, onSystemWake, showProgress } from './adapters/desktop-signals';
import { broadcast, registerIpc } from './adapters/ipc';
import { openKeychain } from './adapters/keychain';
import { registerMediaSchemePrivileges, serveMedia } from './adapters/media-protocol';
import { hardenWebContents } from './adapters/security';
import { openPreferences } from './adapters/settings-store';
import { createMainWindow, focusFirstWindow, openExternal } from './adapters/window';
import { appOriginPolicy } from './ipc/sender-policy';
import { takeEnvConfig } from './services/config';
import { createRedactingLog } from './services/log/redacting-log';
import { createMainServices, type MainServices } from './main-services';
import { mediaUrlFor } from './services/media/media-url';
import { DownloadProgress } from './services/jobs/download-progress';
import type { Job } from '../../shared/domain';

const config = takeEnvConfig(process.env);
if (config.dataDir) app.setPath('userData', config.dataDir);

app.enableSandbox();
registerMediaSchemePrivileges();
hardenWebContents();

// One instance owns the journal and the library; a second launch focuses the first.
if (!app.requestSingleInstanceLock()) app.quit();

let services: MainServices | null = null;
const progress = new DownloadProgress(showProgress);

async function start(): Promise<void> {
  const devServerUrl = !app.isPackaged ? (process.env.ELECTRON_RENDERER_URL ?? null) : null;
  const rendererIndex = join(import.meta.dirname, '../renderer/index.html');
  const log = createRedactingLog({
    file: join(app.getPath('userData'), 'logs', 'main.log'),
    // Every known token is cut out of each line before it reaches the disk.
    secrets: async () =>
      services
        ? [await services.tokens.read(), await services.tokens.readPlatform()]
        : [config.token],
    echo: (line) => console.error(line),
  });
  const preferences = openPreferences((message) => log(message));
  services = await createMainServices({
    version: app.getVersion(),
    dataDir: app.getPath('userData'),
    workspaceDir:
      config.workspaceDir ??
      (await preferences.workspaceDir()) ??
      join(app.getPath('videos'), 'Kling Studio'),
    apiBaseUrl: config.apiBaseUrl,
    uploadUrl: config.uploadUrl,
    downloadHosts: config.downloadHosts,
    keychain: await openKeychain(),
    environmentToken: config.token,
    isTrustedSender: appOriginPolicy([devServerUrl ?? pathToFileURL(rendererIndex).href]),
    mediaUrl: mediaUrlFor,
    pickImageFile,
    files: createFileActions(),
    preferences,
    emit: (event, payload) => {
      broadcast(event, payload);
      if (event === 'jobs:changed') progress.update(payload as Job);
    },
    onJobFinished: notifyJobFinished,
    openExternal,
    log,
  });
  registerIpc(services.router);
  const running = services;
  onSystemWake(() => running.jobs.wake());
  serveMedia(services.handleMedia);
  createMainWindow({
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    devServerUrl,
    rendererIndex,
  });
}

app.on('second-instance', focusFirstWindow);

app
  .whenReady()
  .then(start)
  .catch((error: unknown) => {
    console.error('[kling-studio] could not start', error);
    app.quit();
  });

app.on('window-all-closed', () => {
  services?.stop();
  if (process.platform !== 'darwin') app.quit();
});
