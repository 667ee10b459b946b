import { app } from 'electron';
import { join } from 'node:path';
import { i18n } from '../../shared/i18n';
import { pickImageFile } from './adapters/dialogs';
import { createFileActions } from './adapters/files';
import { desktopSignals, onSystemWake } from './adapters/desktop-signals';
import { broadcast, registerIpc } from './adapters/ipc';
import { openKeychain } from './adapters/keychain';
import { installAppMenu } from './adapters/app-menu';
import { registerSchemePrivileges, serveAppPage } from './adapters/app-protocol';
import { serveMedia } from './adapters/media-protocol';
import { openElectronNetwork } from './adapters/electron-network';
import { hardenWebContents } from './adapters/security';
import { openPreferences } from './adapters/settings-store';
import { startAutoUpdate } from './adapters/updater';
import { createMainWindow, focusFirstWindow, openExternal } from './adapters/window';
import { pageSource } from './desktop/page-source';
import type { UpdateController } from './desktop/update-controller';
import { appOriginPolicy } from './ipc/sender-policy';
import { takeEnvConfig } from './services/config';
import { EndpointTrust } from './services/endpoints/endpoint-trust';
import { createRedactingLog } from './services/log/redacting-log';
import { createMainServices, type MainServices } from './main-services';
import { mediaUrlFor } from './services/media/media-url';

// Everything that differs between a packaged build and a run from source follows this one value.
const packaged = app.isPackaged;
const config = takeEnvConfig(process.env, { packaged });
if (config.dataDir) app.setPath('userData', config.dataDir);
const page = pageSource({ packaged, devServerUrl: process.env.ELECTRON_RENDERER_URL ?? null });

app.enableSandbox();
registerSchemePrivileges();
hardenWebContents({ packaged, appOrigins: page.origins });

// One instance owns the journal and the library; a second launch focuses the first.
if (!app.requestSingleInstanceLock()) app.quit();

let services: MainServices | null = null;
let updates: UpdateController | null = null;

async function start(): Promise<void> {
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
  if (config.ignoredOverrides.length > 0)
    log(`packaged build: ignored ${config.ignoredOverrides.join(', ')} (developer switch is off)`);
  if (config.developerMode) log(`developer mode: API at ${config.apiBaseUrl}`);
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
    network: openElectronNetwork(),
    environmentToken: config.token,
    endpoints: new EndpointTrust({ packaged, ...config }),
    isTrustedSender: appOriginPolicy(page.origins),
    pageOrigins: page.origins,
    mediaUrl: mediaUrlFor,
    pickImageFile,
    files: createFileActions(),
    preferences,
    systemLanguages: () => app.getPreferredSystemLanguages(),
    emit: (event, payload) => {
      broadcast(event, payload);
      if (event === 'jobs:changed') updates?.jobsChanged();
    },
    signals: desktopSignals,
    openExternal,
    log,
  });
  registerIpc(services.router);
  const running = services;
  onSystemWake(() => running.jobs.wake());
  serveMedia(services.handleMedia);
  serveAppPage(join(import.meta.dirname, '../renderer'));
  // Updates come from the release feed of a packaged build; a run from source has none.
  if (packaged) updates = startAutoUpdate({ listJobs: () => running.jobs.list(), log });
  const installMenu = () =>
    installAppMenu({
      platform: process.platform,
      appName: app.getName(),
      packaged,
      openExternal: (url) => void openExternal(url),
      checkForUpdates: () =>
        updates
          ? void updates.check({ fromMenu: true })
          : log('update check skipped: this run is not a packaged build'),
    });
  installMenu();
  // The menu is built from words, so a change of language builds it again.
  i18n.on('languageChanged', installMenu);
  createMainWindow({
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    url: page.url,
    packaged,
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
