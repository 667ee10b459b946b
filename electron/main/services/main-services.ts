import { join } from 'node:path';
import type { EventName, EventPayload } from '../../../shared/contract';
import type { Job } from '../../../shared/domain';
import { AppError } from '../../../shared/app-error';
import { createHandlers } from '../ipc/handlers';
import { createRouter, type Router } from '../ipc/router';
import type { SenderPolicy } from '../ipc/sender-policy';
import { downloadVideo } from './downloads/download-video';
import { JobJournal } from './jobs/job-journal';
import { JobService, type JobLimits } from './jobs/job-service';
import { KlingClient } from './kling/kling-client';
import { Library } from './library/library';
import { createMediaHandler } from './media/media-handler';
import type { SecretBackend } from './secrets/secret-backend';
import { TokenService } from './secrets/token-service';

export interface MainServicesOptions {
  version: string;
  /** Where the app keeps its own state (the job journal). */
  dataDir: string;
  /** Where projects live as folders of real files. */
  workspaceDir: string;
  apiBaseUrl: string;
  downloadHosts: readonly string[];
  keychain: SecretBackend | null;
  environmentToken?: string | null;
  isTrustedSender: SenderPolicy;
  mediaUrlFor: (clipId: string) => string;
  /** Pushes an event to the app's window(s). */
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  openExternal: (url: string) => Promise<boolean>;
  limits?: Partial<JobLimits>;
  /** A job finished or failed: the Electron side shows a notification. */
  onJobFinished?: (job: Job) => void;
  fetchImpl?: typeof fetch;
  log?: (message: string, error?: unknown) => void;
}

export interface MainServices {
  router: Router;
  tokens: TokenService;
  library: Library;
  jobs: JobService;
  handleMedia: (request: Request) => Promise<Response>;
  stop(): void;
}

/**
 * The one place that builds the main-process services and wires them together. The Electron
 * entry and the end-to-end harness both call it, so tests exercise the real wiring.
 */
export async function createMainServices(options: MainServicesOptions): Promise<MainServices> {
  const log = options.log ?? (() => undefined);
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
  const library = new Library({ workspaceDir: options.workspaceDir, mediaUrlFor: options.mediaUrlFor });
  await library.open();
  const journal = new JobJournal(join(options.dataDir, 'jobs.json'));
  const { setAside } = await journal.load();
  if (setAside) log(`The job journal was unreadable and was set aside as ${setAside}`);
  const client = new KlingClient({
    baseUrl: options.apiBaseUrl,
    readToken: () => tokens.read(),
    ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}),
  });
  const jobs = new JobService({
    journal,
    client,
    library,
    hasToken: async () => (await tokens.read()) !== null,
    download: (o) => downloadVideo({ ...o, ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}) }),
    downloadHosts: options.downloadHosts,
    ...(options.limits ? { limits: options.limits } : {}),
    onJobChanged: (job) => options.emit('jobs:changed', job),
    onQueueChanged: (status) => options.emit('jobs:queue', status),
    ...(options.onJobFinished ? { onFinished: options.onJobFinished } : {}),
    onLibraryChanged: (projectId) => options.emit('library:changed', { projectId }),
    onError: (error) => log('job service error', error instanceof AppError ? error.code : error),
  });
  tokenSaved = (hasToken) => jobs.tokenChanged(hasToken);
  const router = createRouter({
    handlers: createHandlers({ version: options.version, apiBaseUrl: options.apiBaseUrl, tokens, library, jobs, openExternal: options.openExternal }),
    isTrustedSender: options.isTrustedSender,
    onInternalError: (channel, error) => log(`IPC handler ${channel} failed`, error),
  });
  const handleMedia = createMediaHandler({
    resolveClipFile: (id) => library.resolveClipFile(id),
    libraryRoot: () => library.workspaceDir,
  });
  await jobs.start();
  return { router, tokens, library, jobs, handleMedia, stop: () => jobs.stop() };
}
