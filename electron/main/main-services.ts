import { join } from 'node:path';
import type { EventName, EventPayload } from '../../shared/contract';
import type { Job } from '../../shared/domain';
import { AppError } from '../../shared/app-error';
import { createHandlers } from './ipc/handlers';
import { createRouter, type Router } from './ipc/router';
import { acquireInstanceLock } from './services/instance-lock';
import type { SenderPolicy } from './ipc/sender-policy';
import { DEFAULT_UPLOAD_URL } from './services/config';
import { downloadVideo } from './services/downloads/download-video';
import { LocalImageService } from './services/images/image-service';
import { jsonStateFile } from './services/fs/json-state-file';
import { JobJournal } from './services/jobs/job-journal';
import { JournalSchema } from './services/jobs/job-record';
import { JobService } from './services/jobs/job-service';
import type { JobLimits } from './services/jobs/job-limits';
import { CatalogService } from './services/catalog/catalog-service';
import { ReferenceVideoService } from './services/references/reference-video-service';
import { VoiceSampleService } from './services/references/voice-sample-service';
import { FilePublisher } from './services/uploads/file-publisher';
import { PublishedSources } from './services/uploads/published-sources';
import { UploadLedger } from './services/uploads/upload-ledger';
import { KlingClient } from './services/kling/kling-client';
import { NO_FILE_ACTIONS, type FileActions } from './services/library/file-actions';
import { Library } from './services/library/library';
import { createMediaHandler } from './services/media/media-handler';
import { mediaUrlFor, type MediaUrlFor } from './services/media/media-url';
import { PREFERENCES_FILE, PreferencesStore } from './services/preferences/preferences-store';
import type { SecretBackend } from './services/secrets/secret-backend';
import { TokenService } from './services/secrets/token-service';
import { StitchService } from './services/finishing/stitch-service';
import { modelStatistics } from './services/stats/model-stats';
import { JobNotices, type DesktopSignals } from './services/notices/job-notices';
import { MAKING_FILE, MakingStateSchema, MakingStore } from './services/making/making-store';
import { budgetHold } from './services/making/budget-guard';
import { effectiveTable } from '../../shared/pricing/overrides';
import { EndpointTrust } from './services/endpoints/endpoint-trust';
import {
  formatList,
  resolveLanguage,
  switchLanguage,
  t,
  type LanguageSetting,
} from '../../shared/i18n';
import type { NetworkStack } from './services/net/network-stack';
import { createNodeNetwork } from './services/net/node-network';

export interface MainServicesOptions {
  version: string;
  /** Where the app keeps its own state (the job journal). */
  dataDir: string;
  /** Where projects live as folders of real files. */
  workspaceDir: string;
  apiBaseUrl: string;
  /** AceData's file upload endpoint; defaults to the real one. */
  uploadUrl?: string;
  downloadHosts: readonly string[];
  keychain: SecretBackend | null;
  environmentToken?: string | null;
  /**
   * Whether the tokens may go to the endpoints; by default a run from source that trusts only
   * AceData's hosts and this computer.
   */
  endpoints?: EndpointTrust;
  isTrustedSender: SenderPolicy;
  /** Addresses for clips and staged images; defaults to the `kling-media://` scheme. */
  mediaUrl?: MediaUrlFor;
  /** The system file dialog (an adapter); without one, "pick" acts as cancelled. */
  pickImageFile?: () => Promise<string | null>;
  /** Dialogs, trash and file manager for the library; without them dialogs cancel and deleting is refused. */
  files?: FileActions;
  /**
   * The person's preferences (workspace chosen in Settings, upload consent); defaults to
   * `preferences.json` in `dataDir`.
   */
  preferences?: PreferencesStore;
  /** Origins of the app's pages, the only ones the media scheme answers CORS for. */
  pageOrigins?: readonly string[];
  /** Pushes an event to the app's window(s). */
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  openExternal: (url: string) => Promise<boolean>;
  limits?: Partial<JobLimits>;
  /**
   * Notifications, the dock/taskbar progress and the window's focus (Electron adapters); without
   * them nothing is shown outside the window.
   */
  signals?: DesktopSignals;
  /**
   * How main reaches the network (Chromium's stack in the app); defaults to undici under Node,
   * honouring `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY`. The saved proxy choice is applied to it.
   */
  network?: NetworkStack;
  /** Replaces the network's `fetch` outright (tests that script the wire); no proxy applies. */
  fetchImpl?: typeof fetch;
  log?: (message: string, error?: unknown) => void;
  /**
   * The operating system's preferred languages, most preferred first (Electron's
   * `app.getPreferredSystemLanguages()`); without it the "system" language is English.
   */
  systemLanguages?: () => readonly string[];
}

export interface MainServices {
  router: Router;
  tokens: TokenService;
  library: Library;
  jobs: JobService;
  images: LocalImageService;
  /** Prices, budget, presets, prompt history and each project's last settings. */
  making: MakingStore;
  handleMedia: (request: Request) => Promise<Response>;
  stop(): void;
}

/**
 * The one place that builds the main-process services and wires them together. The Electron
 * entry and the end-to-end harness both call it, so tests exercise the real wiring.
 */
export async function createMainServices(options: MainServicesOptions): Promise<MainServices> {
  const log = options.log ?? (() => undefined);
  // Main writes its messages in the language the window shows, so errors arrive translated.
  const languageAnswer = (setting: LanguageSetting) => {
    const language = resolveLanguage(setting, options.systemLanguages?.() ?? []);
    void switchLanguage(language);
    return { setting, language };
  };
  const lock = await acquireInstanceLock(options.dataDir);
  const preferences =
    options.preferences ??
    new PreferencesStore(join(options.dataDir, PREFERENCES_FILE), { log: (m) => log(m) });
  // Before anything is written or said: the first project is named, and every message worded,
  // in the person's language.
  await switchLanguage(languageAnswer(await preferences.language()).language);
  const loggedStates = new Map<string, string>();
  // Set once the job service exists: a new token resumes work paused by a refused one.
  let tokenSaved: (hasToken: boolean) => void = () => undefined;
  const tokens = new TokenService({
    keychain: options.keychain,
    environmentToken: options.environmentToken ?? null,
    onChange: (status) => {
      options.emit('token:changed', status);
      tokenSaved(status.hasToken);
    },
  });
  const endpoints =
    options.endpoints ??
    new EndpointTrust({
      packaged: false,
      developerMode: false,
      ignoredOverrides: [],
      apiBaseUrl: options.apiBaseUrl,
      uploadUrl: options.uploadUrl ?? DEFAULT_UPLOAD_URL,
    });
  // No token leaves for an endpoint host the person has not confirmed; the error says why,
  // rather than claiming the token is missing.
  const trusted =
    <T>(read: () => Promise<T>) =>
    async (): Promise<T> => {
      if (endpoints.allowsTokens()) return read();
      const hosts = formatList(endpoints.status().unconfirmedHosts);
      throw new AppError('endpoint_unconfirmed', t('errors:endpoint_unconfirmed', { hosts }));
    };
  const readToken = trusted(() => tokens.read());
  const readPlatformToken = trusted(() => tokens.readPlatform());
  const mediaUrl = options.mediaUrl ?? mediaUrlFor;
  const files = options.files ?? NO_FILE_ACTIONS;
  const library = new Library({
    workspaceDir: options.workspaceDir,
    mediaUrlFor: (clipId) => mediaUrl('clip', clipId),
    posterUrlFor: (clipId) => mediaUrl('poster', clipId),
    dataDir: options.dataDir,
    trash: (path) => files.trash(path),
    watch: {},
    onChange: (change) =>
      change.type === 'projects'
        ? options.emit('projects:changed', {})
        : options.emit('library:changed', { projectId: change.projectId }),
    log: (message) => log(message),
  });
  await library.open();
  const making = new MakingStore(
    jsonStateFile(join(options.dataDir, MAKING_FILE), MakingStateSchema),
    (message) => log(message),
  );
  await making.load();
  const journal = new JobJournal(jsonStateFile(join(options.dataDir, 'jobs.json'), JournalSchema));
  const { setAside } = await journal.load();
  if (setAside) log(`The job journal was unreadable and was set aside as ${setAside}`);
  const signals = options.signals;
  const notices = signals
    ? new JobNotices({
        signals,
        soundOn: () => preferences.notificationSound(),
        emit: options.emit,
        log,
      })
    : null;
  const network = options.network ?? createNodeNetwork();
  // Before the first request: a job resumed from the journal must already take the chosen route.
  await network.useProxy(await preferences.proxy()).catch((error: unknown) => {
    log('the saved proxy choice could not be applied; the system settings are used', error);
  });
  const fetchImpl = options.fetchImpl ?? network.fetch;
  const client = new KlingClient({ baseUrl: options.apiBaseUrl, readToken, fetchImpl });
  const jobs = new JobService({
    journal,
    client,
    library,
    hasToken: async () => (await readToken()) !== null,
    download: (o) => downloadVideo({ ...o, fetchImpl }),
    downloadHosts: options.downloadHosts,
    ...(options.limits ? { limits: options.limits } : {}),
    onJobChanged: (job) => {
      // One line per change of state, with the reason when it failed: enough to follow a job.
      if (loggedStates.get(job.id) !== job.state) {
        loggedStates.set(job.id, job.state);
        log(
          `job ${job.id} ${job.state}${job.taskId ? ` task ${job.taskId}` : ''}`,
          job.error ?? undefined,
        );
      }
      options.emit('jobs:changed', job);
      notices?.jobChanged(job);
    },
    onQueueChanged: (status) => options.emit('jobs:queue', status),
    ...(notices ? { onFinished: (job: Job) => void notices.jobFinished(job) } : {}),
    onLibraryChanged: (projectId) => options.emit('library:changed', { projectId }),
    onError: (error) => log('job service error', error instanceof AppError ? error.code : error),
    holdFor: (next, all, now) =>
      budgetHold(next, all, effectiveTable(making.priceOverrides()), making.budget(), now),
  });
  tokenSaved = (hasToken) => jobs.tokenChanged(hasToken);
  // One upload list for images, videos and recordings: the same bytes are published once;
  // one record of where each URL's bytes came from, so a clip's inputs can be put back.
  const sources = new PublishedSources(join(options.dataDir, 'upload-previews.json'), (m) =>
    log(m),
  );
  const publisher = new FilePublisher({
    sources,
    uploadUrl: options.uploadUrl ?? DEFAULT_UPLOAD_URL,
    readPlatformToken,
    consent: preferences.consent,
    ledger: new UploadLedger(join(options.dataDir, 'uploads.json'), Date.now, (m) => log(m)),
    fetchImpl,
    log: (message) => log(message),
  });
  const images = new LocalImageService({
    publisher,
    sources,
    consent: preferences.consent,
    dataDir: options.dataDir,
    uploadUrl: options.uploadUrl ?? DEFAULT_UPLOAD_URL,
    readPlatformToken,
    previewUrlFor: (imageId) => mediaUrl('image', imageId),
    fetchImpl,
    log: (message) => log(message),
  });
  const catalog = new CatalogService({
    client,
    cacheFile: join(options.dataDir, 'catalog-cache.json'),
  });
  const router = createRouter({
    handlers: createHandlers({
      catalog,
      referenceVideos: new ReferenceVideoService({ publisher, sources }),
      voiceSamples: new VoiceSampleService({ publisher }),
      version: options.version,
      apiBaseUrl: options.apiBaseUrl,
      tokens,
      library,
      jobs,
      images,
      inputPreview: (url) => images.previewOfUpload(url),
      pickImageFile: options.pickImageFile ?? (async () => null),
      openExternal: options.openExternal,
      files,
      rememberWorkspace: (dir) => preferences.setWorkspaceDir(dir),
      stitch: new StitchService({ library }),
      statistics: () => modelStatistics(journal.all()),
      emit: options.emit,
      endpoints,
      proxy: {
        read: () => preferences.proxy(),
        // Applied first: a choice that cannot be used is refused and nothing is saved.
        choose: async (choice) => {
          await network.useProxy(choice);
          await preferences.setProxy(choice);
          return choice;
        },
      },
      notificationSound: {
        read: () => preferences.notificationSound(),
        write: (on) => preferences.setNotificationSound(on),
      },
      making,
      theme: { read: () => preferences.theme(), write: (theme) => preferences.setTheme(theme) },
      language: {
        read: async () => languageAnswer(await preferences.language()),
        // Saved first: a setting that cannot be kept is refused and main's messages stay as they were.
        write: async (setting) => {
          await preferences.setLanguage(setting);
          return languageAnswer(setting);
        },
      },
      endpointsConfirmed: () => void readToken().then((token) => jobs.tokenChanged(token !== null)),
    }),
    isTrustedSender: options.isTrustedSender,
    onInternalError: (channel, error) => log(`IPC handler ${channel} failed`, error),
  });
  const handleMedia = createMediaHandler({
    resolveClipFile: (id) => library.resolveClipFile(id),
    resolvePosterFile: (id) => library.resolvePosterFile(id),
    libraryRoot: () => library.mediaRoots(),
    images: { resolveFile: (id) => images.resolvePreview(id), root: () => images.stagedDir },
    ...(options.pageOrigins ? { appOrigins: options.pageOrigins } : {}),
  });
  await jobs.start();
  return {
    router,
    tokens,
    library,
    jobs,
    images,
    making,
    handleMedia,
    stop: () => {
      jobs.stop();
      void library.close();
      void lock.release();
    },
  };
}
