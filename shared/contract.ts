import { z } from 'zod';
import { VideoRequestSchema } from './capabilities/video-request';
import { ToolRequestSchema } from './tools/tool-request';
import { ToolVideoUseSchema } from './tools/tool-video-file';
import { CatalogItemSchema, CatalogListSchema } from './catalog';
import { StagedVideoSchema } from './capabilities/reference-video-file';
import { StagedAudioSchema } from './voice-sample';
import { MODEL_IDS } from './models';
import {
  AppErrorSchema,
  ClipChangeSchema,
  ClipDetailSchema,
  ClipSchema,
  ExportFormatSchema,
  LibraryPageSchema,
  LibraryQuerySchema,
  ProjectNameSchema,
  IdSchema,
  JobSchema,
  ProjectSchema,
  QueueStatusSchema,
  StagedImageSchema,
  TokenStatusSchema,
} from './domain';
import { EmbeddedSettingsSchema } from './embedded-settings';
import {
  CLIP_READ_MAX_BYTES,
  FRAME_DATA_URL_MAX_CHARS,
  JoinPlanSchema,
  REENCODED_PART_MAX_CHARS,
  VideoInfoSchema,
} from './finishing';
import { ModelStatsSchema } from './model-stats';
import { ProxyChoiceSchema } from './proxy-choice';
import { BudgetSchema, PriceOverridesSchema } from './pricing/overrides';
import { SpendSummarySchema } from './pricing/spend';
import { BatchRowSchema } from './batch/batch-row';
import { PresetNameSchema, PresetSchema, PresetSettingsSchema, PromptEntrySchema } from './presets';
import { ASPECT_RATIOS, MODES } from './capabilities/model-capabilities';
import { ThemeSchema } from './appearance';
import { LanguageSchema, LanguageSettingSchema } from './i18n/languages';

/**
 * The one IPC contract. Channels are `domain:verb`; the preload, the main-process router
 * and the test bridge are all derived from this object, so nothing is declared twice.
 */
const Empty = z.object({}).strict();

export const TOKEN_MAX_CHARS = 512;

/** Where the app sends requests and tokens, and whether the person has confirmed it. */
export const EndpointStatusSchema = z.object({
  packaged: z.boolean(),
  /** A packaged build honouring endpoint overrides (KLING_STUDIO_DEVELOPER=1). */
  developerMode: z.boolean(),
  apiBaseUrl: z.string(),
  /** Hosts that receive no token until confirmed in the window; empty when none. */
  unconfirmedHosts: z.array(z.string()),
  /** Overrides a packaged build ignored because the developer switch was off. */
  ignoredOverrides: z.array(z.string()),
});
export type EndpointStatus = z.infer<typeof EndpointStatusSchema>;

const PricingSchema = z.object({ priceOverrides: PriceOverridesSchema, budget: BudgetSchema });

/** What reading settings from a video found: none (any other video) or the app's own. */
const SettingsImportSchema = z.object({
  picked: z.boolean(),
  settings: EmbeddedSettingsSchema.nullable(),
});

export const contract = {
  'app:info': {
    request: Empty,
    response: z.object({ version: z.string(), apiBaseUrl: z.string(), workspaceDir: z.string() }),
  },
  'app:endpoints': { request: Empty, response: EndpointStatusSchema },
  'app:confirmEndpoints': {
    request: z.object({ hosts: z.array(z.string().min(1).max(300)).max(4) }).strict(),
    response: EndpointStatusSchema,
  },
  'network:proxy': { request: Empty, response: ProxyChoiceSchema },
  'network:setProxy': { request: ProxyChoiceSchema, response: ProxyChoiceSchema },
  'token:status': { request: Empty, response: TokenStatusSchema },
  'token:save': {
    request: z.object({ token: z.string().trim().min(8).max(TOKEN_MAX_CHARS) }).strict(),
    response: TokenStatusSchema,
  },
  'token:clear': { request: Empty, response: TokenStatusSchema },
  'token:savePlatform': {
    request: z.object({ token: z.string().trim().min(8).max(TOKEN_MAX_CHARS) }).strict(),
    response: TokenStatusSchema,
  },
  'token:clearPlatform': { request: Empty, response: TokenStatusSchema },
  /** Opens the system file dialog in main; null when the user cancels. */
  'images:pick': { request: Empty, response: StagedImageSchema.nullable() },
  /** Reached only through `images.addDropped(file)`, which the preload turns into a path. */
  'images:stage': {
    request: z.object({ path: z.string().min(1).max(4096) }).strict(),
    response: StagedImageSchema,
  },
  'images:fromUrl': {
    request: z.object({ url: z.string().max(4096) }).strict(),
    response: StagedImageSchema,
  },
  /**
   * For "Use these settings": the local file an uploaded image came from, staged again (to be
   * uploaded through `images:upload` like a dropped file) while it still holds the bytes that
   * were sent; null when it is gone or changed, and the address is used instead.
   */
  'images:restore': {
    request: z.object({ url: z.string().max(4096) }).strict(),
    response: StagedImageSchema.nullable(),
  },
  'images:upload': {
    request: z.object({ imageId: IdSchema }).strict(),
    response: StagedImageSchema,
  },
  'images:discard': {
    request: z.object({ imageId: IdSchema }).strict(),
    response: z.object({ discarded: z.boolean() }),
  },
  /** Whether the user agreed that uploads are published on AceData's CDN. */
  'images:consent': {
    request: z.object({ accepted: z.boolean().optional() }).strict(),
    response: z.object({ accepted: z.boolean() }),
  },
  'projects:list': { request: Empty, response: z.array(ProjectSchema) },
  'projects:create': {
    request: z.object({ name: ProjectNameSchema }).strict(),
    response: ProjectSchema,
  },
  'projects:rename': {
    request: z.object({ projectId: IdSchema, name: ProjectNameSchema }).strict(),
    response: ProjectSchema,
  },
  /** Moves the project's folder to the system trash. */
  'projects:delete': {
    request: z.object({ projectId: IdSchema }).strict(),
    response: z.object({ deleted: z.boolean() }),
  },
  /** Picks an existing folder in a system dialog and indexes it as a project; null if cancelled. */
  'projects:openFolder': { request: Empty, response: ProjectSchema.nullable() },
  'projects:reveal': {
    request: z.object({ projectId: IdSchema }).strict(),
    response: z.object({ ok: z.boolean() }),
  },
  /** Saves the project's clip metadata where the user chooses; the chosen path is shown back. */
  'projects:export': {
    request: z.object({ projectId: IdSchema, format: ExportFormatSchema }).strict(),
    response: z.object({ path: z.string().nullable() }),
  },
  'library:query': { request: LibraryQuerySchema, response: LibraryPageSchema },
  'library:get': { request: z.object({ clipId: IdSchema }).strict(), response: ClipDetailSchema },
  'library:update': { request: ClipChangeSchema, response: ClipSchema },
  'library:move': {
    request: z.object({ clipId: IdSchema, projectId: IdSchema }).strict(),
    response: ClipSchema,
  },
  'library:copy': {
    request: z.object({ clipId: IdSchema, projectId: IdSchema }).strict(),
    response: ClipSchema,
  },
  'library:delete': {
    request: z.object({ clipId: IdSchema }).strict(),
    response: z.object({ deleted: z.boolean() }),
  },
  /** A copy of the video where the user chooses (system save dialog). */
  'library:saveCopy': {
    request: z.object({ clipId: IdSchema }).strict(),
    response: z.object({
      path: z.string().nullable(),
      /** Whether the copy carries the clip's prompt and settings in its metadata. */
      settingsInside: z.boolean().optional(),
    }),
  },
  'library:reveal': {
    request: z.object({ clipId: IdSchema }).strict(),
    response: z.object({ ok: z.boolean() }),
  },
  /** A still the window grabbed from the video (JPEG data URL), kept beside the clip. */
  'library:setPoster': {
    request: z
      .object({
        clipId: IdSchema,
        dataUrl: z.string().max(3_000_000).startsWith('data:image/jpeg;base64,'),
      })
      .strict(),
    response: z.object({ posterUrl: z.string() }),
  },
  'settings:chooseWorkspace': {
    request: Empty,
    response: z.object({ workspaceDir: z.string() }),
  },
  'library:list': {
    request: z.object({ projectId: IdSchema }).strict(),
    response: z.array(ClipSchema),
  },
  'jobs:list': { request: Empty, response: z.array(JobSchema) },
  'jobs:submit': {
    // Shape only; the per-model rules run in main (validateVideoRequest) before anything is sent.
    request: VideoRequestSchema.extend({
      projectId: IdSchema.optional(),
      /** Chosen by the window per click: the same id twice is one job, never two. */
      clientRequestId: z.uuid().optional(),
      /** For `extend`: the clip to continue; main takes its video id from the library. */
      parentClipId: IdSchema.optional(),
      /** For image→video from a still of a library clip: that clip and the still's time (s). */
      fromFrame: z
        .object({ clipId: IdSchema, atSec: z.number().nonnegative().max(86_400) })
        .strict()
        .optional(),
    }).strict(),
    response: JobSchema,
  },
  /** Motion control, lip-sync or talking photo, through the same queue as videos. */
  'tools:submit': {
    // Shape only; validateToolRequest runs in main before anything is sent.
    request: z
      .object({
        tool: ToolRequestSchema,
        projectId: IdSchema.optional(),
        /** Chosen by the window per click: the same id twice is one job, never two. */
        clientRequestId: z.uuid().optional(),
        /** Lip-sync of a library clip: main takes its video id from the library. */
        sourceClipId: IdSchema.optional(),
        /** Names of the local files behind the uploaded inputs, kept in the clip's lineage. */
        fileNames: z
          .object({
            image: z.string().max(260).optional(),
            video: z.string().max(260).optional(),
            audio: z.string().max(260).optional(),
          })
          .strict()
          .optional(),
      })
      .strict(),
    response: JobSchema,
  },
  /**
   * Checks a staged local video against the tool's own limits (lip-sync's video, motion
   * control's motion video) and uploads it after the consent; answers its public URL.
   */
  'tools:uploadVideo': {
    request: z.object({ videoId: StagedVideoSchema.shape.id, use: ToolVideoUseSchema }).strict(),
    response: z.object({ url: z.string().max(4096) }),
  },
  'jobs:queueStatus': { request: Empty, response: QueueStatusSchema },
  'jobs:pause': { request: Empty, response: QueueStatusSchema },
  'jobs:resume': { request: Empty, response: QueueStatusSchema },
  'jobs:remove': {
    request: z.object({ jobId: IdSchema }).strict(),
    response: z.object({ removed: z.boolean() }),
  },
  'jobs:move': {
    request: z
      .object({ jobId: IdSchema, toPosition: z.number().int().nonnegative().max(100_000) })
      .strict(),
    response: z.array(JobSchema),
  },
  'jobs:retry': {
    request: z
      .object({
        jobId: IdSchema,
        /** Required for a job that may already have reached the provider. */
        acceptPossibleCharge: z.boolean().default(false),
      })
      .strict(),
    response: JobSchema,
  },
  /** The window came back online or woke up: look at every open job now. */
  'jobs:allowDownloadHost': {
    // The host exactly as the dialog showed it; main checks it is the one the job waits for.
    request: z.object({ jobId: IdSchema, host: z.string().min(1).max(300) }).strict(),
    response: JobSchema,
  },
  'jobs:wake': { request: Empty, response: z.object({ ok: z.literal(true) }) },
  /** The account's elements: from the disk cache, or fresh from AceData with `refresh`. */
  'elements:list': {
    request: z.object({ refresh: z.boolean().optional() }).strict(),
    response: CatalogListSchema,
  },
  'elements:delete': {
    request: z.object({ elementId: CatalogItemSchema.shape.id }).strict(),
    response: z.object({ deleted: z.boolean() }),
  },
  'voices:list': {
    request: z.object({ refresh: z.boolean().optional() }).strict(),
    response: CatalogListSchema,
  },
  'voices:delete': {
    request: z.object({ voiceId: z.string().min(1).max(256) }).strict(),
    response: z.object({ deleted: z.boolean() }),
  },
  /** A voice from a 5–30 s single-speaker sample at an http(s) URL. */
  'voices:create': {
    request: z
      .object({
        audioUrl: z.url({ protocol: /^https?$/ }).max(4096),
        name: z.string().trim().max(80).optional(),
      })
      .strict(),
    response: CatalogItemSchema,
  },
  /**
   * A voice from a local recording main has read (`references.addDroppedAudio`): checked
   * again, published after the upload consent, and its URL given to voices `create`.
   */
  'voices:createFromFile': {
    request: z
      .object({
        audioId: StagedAudioSchema.shape.id,
        name: z.string().trim().max(80).optional(),
      })
      .strict(),
    response: CatalogItemSchema,
  },
  /** Reached only through `references.addDroppedAudio(file)`: main reads the recording itself. */
  'references:stageAudio': {
    request: z.object({ path: z.string().min(1).max(4096) }).strict(),
    response: StagedAudioSchema,
  },
  /** Reached only through `references.addDroppedVideo(file)`: main reads the video itself. */
  'references:stageVideo': {
    request: z.object({ path: z.string().min(1).max(4096) }).strict(),
    response: StagedVideoSchema,
  },
  /**
   * For "Use these settings": the local video an uploaded URL came from, staged again while it
   * is unchanged (then uploaded through `references:uploadVideo` or `tools:uploadVideo`); null
   * when it is gone or changed, and the address is used instead.
   */
  'references:restoreVideo': {
    request: z.object({ url: z.string().max(4096) }).strict(),
    response: StagedVideoSchema.nullable(),
  },
  /** Checks a staged video against the model's rules again and uploads it (platform token). */
  'references:uploadVideo': {
    request: z.object({ videoId: StagedVideoSchema.shape.id, model: z.enum(MODEL_IDS) }).strict(),
    response: z.object({ url: z.string().max(4096) }),
  },
  'shell:openExternal': {
    request: z.object({ url: z.string().max(2048) }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
  /** Joins clips, in this order, into a new clip of the project (one join at a time). */
  'finishing:stitch': {
    request: z.object({ projectId: IdSchema, clipIds: z.array(IdSchema).min(2).max(50) }).strict(),
    response: ClipSchema,
  },
  'finishing:cancelStitch': { request: Empty, response: z.object({ cancelled: z.boolean() }) },
  /** Whether these clips join by copying, or differ and must be re-encoded first (and how). */
  'finishing:joinPlan': {
    request: z.object({ clipIds: z.array(IdSchema).min(2).max(50) }).strict(),
    response: JoinPlanSchema,
  },
  /** A byte range of a clip's video (base64), read by the window to re-encode it. */
  'finishing:readClipBytes': {
    request: z
      .object({
        clipId: IdSchema,
        offset: z.number().int().nonnegative(),
        length: z.number().int().nonnegative().max(CLIP_READ_MAX_BYTES),
      })
      .strict(),
    response: z.object({ totalBytes: z.number().int().nonnegative(), data: z.string() }),
  },
  /**
   * Joins clips the window re-encoded to one set-up (one MP4 per clip, base64, same order) into
   * a new clip of the project; progress and cancel as for `finishing:stitch`.
   */
  'finishing:stitchReencoded': {
    request: z
      .object({
        projectId: IdSchema,
        clipIds: z.array(IdSchema).min(2).max(50),
        parts: z.array(z.string().min(1).max(REENCODED_PART_MAX_CHARS)).min(2).max(50),
      })
      .strict(),
    response: ClipSchema,
  },
  /** Picture size, frame rate, codec and length of a clip's video. */
  'finishing:videoInfo': {
    request: z.object({ clipId: IdSchema }).strict(),
    response: VideoInfoSchema,
  },
  /**
   * A frame the window grabbed from a clip at full size (PNG data URL): kept in the clip's
   * project and staged as an image that remembers the clip and time it came from.
   */
  'finishing:saveFrame': {
    request: z
      .object({
        clipId: IdSchema,
        atSec: z.number().nonnegative().max(86_400),
        dataUrl: z.string().max(FRAME_DATA_URL_MAX_CHARS).startsWith('data:image/png;base64,'),
      })
      .strict(),
    response: StagedImageSchema,
  },
  /** The settings inside a video picked in the system dialog; `picked` false when cancelled. */
  'finishing:importSettings': { request: Empty, response: SettingsImportSchema },
  /** Reached only through `finishing.settingsFromDropped(file)`, which makes the path. */
  'finishing:readSettingsAt': {
    request: z.object({ path: z.string().min(1).max(4096) }).strict(),
    response: SettingsImportSchema,
  },
  /** Jobs, failures and their reasons, time to finish and seconds made, per model. */
  'stats:byModel': { request: Empty, response: z.array(ModelStatsSchema) },
  /** Whether the notification of a finished or failed video makes a sound (off by default). */
  'notices:sound': { request: Empty, response: z.object({ sound: z.boolean() }) },
  'notices:setSound': {
    request: z.object({ sound: z.boolean() }).strict(),
    response: z.object({ sound: z.boolean() }),
  },
  /**
   * For "Use these settings": the still a clip was continued from, staged again when its file
   * is still in the project folder; null otherwise (the address that was sent is used then).
   */
  'making:remixStill': {
    request: z.object({ clipId: IdSchema }).strict(),
    response: StagedImageSchema.nullable(),
  },
  /** The person's own rates (per model and mode) and daily budget, kept by main. */
  'making:pricing': { request: Empty, response: PricingSchema },
  /** Replaces the rates and/or the budget; the queue looks at its hold again at once. */
  'making:setPricing': {
    request: z
      .object({ priceOverrides: PriceOverridesSchema.optional(), budget: BudgetSchema.optional() })
      .strict(),
    response: PricingSchema,
  },
  /** Credits spent per day and per project, from the job journal, at the current rates. */
  'making:spend': { request: Empty, response: SpendSummarySchema },
  /** Named presets of the composer's settings, kept by main. */
  'making:presets': { request: Empty, response: z.array(PresetSchema) },
  /** Saves settings under a name (a preset of that name is replaced); answers the new list. */
  'making:savePreset': {
    request: z.object({ name: PresetNameSchema, settings: PresetSettingsSchema }).strict(),
    response: z.array(PresetSchema),
  },
  'making:renamePreset': {
    request: z.object({ presetId: IdSchema, name: PresetNameSchema }).strict(),
    response: z.array(PresetSchema),
  },
  'making:deletePreset': {
    request: z.object({ presetId: IdSchema }).strict(),
    response: z.array(PresetSchema),
  },
  /** The settings last sent in a project (action, model, plain options), or null. */
  'making:lastSettings': {
    request: z.object({ projectId: IdSchema }).strict(),
    response: PresetSettingsSchema.nullable(),
  },
  /** Prompts sent, most recent first; only those containing every word of `text` when given. */
  'making:history': {
    request: z.object({ text: z.string().max(500).optional() }).strict(),
    response: z.array(PromptEntrySchema),
  },
  /**
   * A batch CSV picked in the system dialog, each row checked (start images from files staged);
   * empty cells take `defaults` (the composer's current choices). `picked` false when cancelled.
   */
  'making:readBatch': {
    request: z
      .object({
        defaults: z
          .object({
            model: z.enum(MODEL_IDS),
            mode: z.enum(MODES).optional(),
            duration: z.number().finite().positive().max(600).optional(),
            aspectRatio: z.enum(ASPECT_RATIOS).optional(),
          })
          .strict(),
      })
      .strict(),
    response: z.object({
      picked: z.boolean(),
      fileName: z.string().nullable(),
      rows: z.array(BatchRowSchema),
    }),
  },
  /** How the window is drawn (system, light, dark), kept in the preferences. */
  'appearance:theme': { request: Empty, response: z.object({ theme: ThemeSchema }) },
  /** The language setting, and the language it gives on this computer right now. */
  'appearance:language': {
    request: Empty,
    response: z.object({ setting: LanguageSettingSchema, language: LanguageSchema }),
  },
  /** Saves the setting and switches main's own messages to it at once. */
  'appearance:setLanguage': {
    request: z.object({ setting: LanguageSettingSchema }).strict(),
    response: z.object({ setting: LanguageSettingSchema, language: LanguageSchema }),
  },
  'appearance:setTheme': {
    request: z.object({ theme: ThemeSchema }).strict(),
    response: z.object({ theme: ThemeSchema }),
  },
} as const;

/** Events main pushes to the window. */
export const events = {
  'jobs:changed': JobSchema,
  'jobs:queue': QueueStatusSchema,
  'library:changed': z.object({ projectId: IdSchema }),
  'projects:changed': z.object({}),
  'token:changed': TokenStatusSchema,
  /** How far the running join is, 0…1 by media time. */
  'finishing:progress': z.object({ fraction: z.number().min(0).max(1) }),
  /** The person clicked a notification about a clip: the window opens that clip. */
  'library:openClip': z.object({ clipId: IdSchema }),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type EventName = keyof typeof events;
export type RequestOf<C extends ChannelName> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends ChannelName> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.output<Contract[C]['response']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

/**
 * Channels the page cannot call directly: the preload wraps each in a function that takes a
 * dropped `File` and turns it into a path itself (`webUtils.getPathForFile`).
 */
export const FILE_CHANNELS = {
  'images:addDropped': 'images:stage',
  'finishing:settingsFromDropped': 'finishing:readSettingsAt',
  'references:addDroppedVideo': 'references:stageVideo',
  'references:addDroppedAudio': 'references:stageAudio',
} as const satisfies Record<string, ChannelName>;
const WRAPPED = new Set<string>(Object.values(FILE_CHANNELS));

/** Channels exposed as named functions on `window.kling`. */
export const CHANNELS = (Object.keys(contract) as ChannelName[]).filter((c) => !WRAPPED.has(c));
export const EVENTS = Object.keys(events) as EventName[];

/** Every answer crosses the bridge as data, so the error's code and trace id survive. */
export const IpcResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: AppErrorSchema }),
]);
export type IpcResult<T> =
  { ok: true; value: T } | { ok: false; error: z.infer<typeof AppErrorSchema> };
