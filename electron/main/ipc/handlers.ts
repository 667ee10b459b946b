import type { EventName, EventPayload } from '../../../shared/contract';
import type { ModelStats } from '../../../shared/model-stats';
import type { StitchService } from '../services/finishing/stitch-service';
import type { CatalogService } from '../services/catalog/catalog-service';
import { createCatalogHandlers } from './catalog-handlers';
import { referenceVideoFileProblem } from '../../../shared/capabilities/reference-video-file';
import { toolVideoFileProblem } from '../../../shared/tools/tool-video-file';
import type { ReferenceVideoService } from '../services/references/reference-video-service';
import type { VoiceSampleService } from '../services/references/voice-sample-service';
import type { EndpointTrust } from '../services/endpoints/endpoint-trust';
import type { ImageService } from '../services/images/image-service-types';
import type { JobService } from '../services/jobs/job-service';
import type { FileActions } from '../services/library/file-actions';
import type { Library } from '../services/library/library';
import type { TokenService } from '../services/secrets/token-service';
import { projectSettingsOf } from '../../../shared/project-settings';
import { allowedExternalUrl } from './external-links';
import { createFinishingHandlers } from './finishing-handlers';
import { saveTaggedCopy } from '../services/finishing/tagged-copy';
import { createLibraryHandlers } from './library-handlers';
import { createMakingHandlers } from './making-handlers';
import type { MakingStore } from '../services/making/making-store';
import type { ProxyChoice } from '../../../shared/proxy-choice';
import type { Theme } from '../../../shared/appearance';
import type { Language, LanguageSetting } from '../../../shared/i18n/languages';
import type { Handlers } from './router';

export interface HandlerDeps {
  version: string;
  apiBaseUrl: string;
  tokens: TokenService;
  library: Library;
  jobs: JobService;
  images: ImageService;
  /** The thumbnail address of the local copy an uploaded image came from, or null. */
  inputPreview?: (url: string) => Promise<string | null>;
  /** Elements and voices, cached on disk. */
  catalog: CatalogService;
  referenceVideos: ReferenceVideoService;
  voiceSamples: VoiceSampleService;
  /** The system file dialog (an adapter); resolves to a path or null when cancelled. */
  pickImageFile: () => Promise<string | null>;
  openExternal: (url: string) => Promise<boolean>;
  /** Dialogs, trash and file manager for the library (an adapter; fakes in tests). */
  files: FileActions;
  /** Keeps the workspace the person chose for the next start. */
  rememberWorkspace: (dir: string) => Promise<void>;
  stitch: Pick<StitchService, 'stitch'>;
  /** Statistics per model from the job journal. */
  statistics: () => ModelStats[];
  /** Pushes an event to the window (progress of long work). */
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  endpoints: EndpointTrust;
  /** The saved proxy choice; `choose` applies it to the network, then saves it. */
  proxy: {
    read: () => Promise<ProxyChoice>;
    choose: (choice: ProxyChoice) => Promise<ProxyChoice>;
  };
  /** The person's prices and budget (and, later, presets and prompts). */
  making: MakingStore;
  /** Called after the person confirmed the endpoints: work held for want of a token resumes. */
  endpointsConfirmed: () => void;
  /** The preference for a sound with notifications. */
  notificationSound: { read: () => Promise<boolean>; write: (on: boolean) => Promise<void> };
  /** The language setting, and what "system" means on this computer. */
  language: {
    read: () => Promise<{ setting: LanguageSetting; language: Language }>;
    write: (setting: LanguageSetting) => Promise<{ setting: LanguageSetting; language: Language }>;
  };
  /** The window's theme preference. */
  theme: { read: () => Promise<Theme>; write: (theme: Theme) => Promise<void> };
}

/** One handler per channel of the contract; payloads arrive already parsed by the router. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { tokens, library, jobs, images } = deps;
  return {
    'app:info': () => ({
      version: deps.version,
      apiBaseUrl: deps.apiBaseUrl,
      workspaceDir: library.workspaceDir,
    }),
    'app:endpoints': () => deps.endpoints.status(),
    'app:confirmEndpoints': ({ hosts }) => {
      const status = deps.endpoints.confirm(hosts);
      deps.endpointsConfirmed();
      return status;
    },
    'network:proxy': () => deps.proxy.read(),
    'network:setProxy': (choice) => deps.proxy.choose(choice),
    'token:status': () => tokens.status(),
    'token:save': ({ token }) => tokens.save(token),
    'token:clear': () => tokens.clear(),
    'token:savePlatform': ({ token }) => tokens.savePlatform(token),
    'token:clearPlatform': () => tokens.clearPlatform(),
    'images:pick': async () => {
      const path = await deps.pickImageFile();
      return path ? images.stage(path) : null;
    },
    'images:stage': ({ path }) => images.stage(path),
    'images:fromUrl': ({ url }) => images.fromUrl(url),
    'images:restore': ({ url }) => images.restore(url),
    'images:upload': ({ imageId }) => images.upload(imageId),
    'images:discard': async ({ imageId }) => ({ discarded: await images.discard(imageId) }),
    'images:consent': ({ accepted }) => images.consent(accepted),
    ...createLibraryHandlers({
      library,
      files: deps.files,
      rememberWorkspace: deps.rememberWorkspace,
      // A deleted project's settings would only grow the file; a failed write costs nothing else.
      projectDeleted: (projectId) => deps.making.forgetSettings(projectId).catch(() => undefined),
      saveCopy: (clipId, path) => saveTaggedCopy(library, clipId, path),
      ...(deps.inputPreview ? { inputPreview: deps.inputPreview } : {}),
    }),
    'jobs:list': () => jobs.list(),
    'jobs:submit': async (request) => {
      const job = await jobs.submit(request);
      // Remembered once main has the job; a history that cannot be written costs nothing else.
      if (request.prompt)
        await deps.making.rememberPrompt(request.prompt, new Date()).catch(() => undefined);
      await deps.making
        .rememberSettings(job.projectId, projectSettingsOf(request))
        .catch(() => undefined);
      return job;
    },
    'tools:submit': (request) => jobs.submitTool(request),
    'jobs:queueStatus': () => jobs.status(),
    'jobs:allowDownloadHost': ({ jobId, host }) => jobs.allowDownloadHost(jobId, host),
    'jobs:pause': () => jobs.pause(),
    'jobs:resume': () => jobs.resume(),
    'jobs:remove': async ({ jobId }) => ({ removed: await jobs.remove(jobId) }),
    'jobs:move': ({ jobId, toPosition }) => jobs.move(jobId, toPosition),
    'jobs:retry': ({ jobId, acceptPossibleCharge }) => jobs.retry(jobId, acceptPossibleCharge),
    'jobs:wake': () => {
      jobs.wake();
      return { ok: true as const };
    },
    ...createCatalogHandlers(deps.catalog, deps.voiceSamples),
    'references:stageVideo': ({ path }) => deps.referenceVideos.stage(path),
    'references:restoreVideo': ({ url }) => deps.referenceVideos.restore(url),
    'references:uploadVideo': ({ videoId, model }) =>
      deps.referenceVideos.upload(videoId, (facts) => referenceVideoFileProblem(facts, model)),
    'tools:uploadVideo': ({ videoId, use }) =>
      deps.referenceVideos.upload(videoId, (facts) => toolVideoFileProblem(facts, use)),
    'shell:openExternal': async ({ url }) => {
      const checked = allowedExternalUrl(url);
      return { opened: checked ? await deps.openExternal(checked.href) : false };
    },
    ...createFinishingHandlers({
      stitch: deps.stitch,
      emit: deps.emit,
      library,
      images,
      files: deps.files,
    }),
    'stats:byModel': () => deps.statistics(),
    'notices:sound': async () => ({ sound: await deps.notificationSound.read() }),
    'notices:setSound': async ({ sound }) => {
      await deps.notificationSound.write(sound);
      return { sound };
    },
    ...createMakingHandlers({
      library,
      images,
      store: deps.making,
      jobs: () => jobs.records(),
      budgetChanged: () => jobs.budgetChanged(),
      files: deps.files,
    }),
    'appearance:theme': async () => ({ theme: await deps.theme.read() }),
    'appearance:language': () => deps.language.read(),
    'appearance:setLanguage': ({ setting }) => deps.language.write(setting),
    'appearance:setTheme': async ({ theme }) => {
      await deps.theme.write(theme);
      return { theme };
    },
  };
}
