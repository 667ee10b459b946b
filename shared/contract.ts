import { z } from 'zod';
import {
  AppErrorSchema,
  ClipSchema,
  IdSchema,
  JobSchema,
  ProjectSchema,
  QueueStatusSchema,
  TextToVideoInputSchema,
  TokenStatusSchema,
} from './domain';

/**
 * The one IPC contract. Channels are `domain:verb`; the preload, the main-process router
 * and the test bridge are all derived from this object, so nothing is declared twice.
 */
const Empty = z.object({}).strict();

export const TOKEN_MAX_CHARS = 512;

export const contract = {
  'app:info': {
    request: Empty,
    response: z.object({ version: z.string(), apiBaseUrl: z.string(), workspaceDir: z.string() }),
  },
  'token:status': { request: Empty, response: TokenStatusSchema },
  'token:save': {
    request: z.object({ token: z.string().trim().min(8).max(TOKEN_MAX_CHARS) }).strict(),
    response: TokenStatusSchema,
  },
  'token:clear': { request: Empty, response: TokenStatusSchema },
  'projects:list': { request: Empty, response: z.array(ProjectSchema) },
  'library:list': {
    request: z.object({ projectId: IdSchema }).strict(),
    response: z.array(ClipSchema),
  },
  'jobs:list': { request: Empty, response: z.array(JobSchema) },
  'jobs:submit': {
    request: z.discriminatedUnion('action', [
      TextToVideoInputSchema.extend({
        action: z.literal('text2video'),
        /** Chosen by the window per click: the same id twice is one job, never two. */
        clientRequestId: z.uuid().optional(),
      }).strict(),
    ]),
    response: JobSchema,
  },
  'jobs:queueStatus': { request: Empty, response: QueueStatusSchema },
  'jobs:pause': { request: Empty, response: QueueStatusSchema },
  'jobs:resume': { request: Empty, response: QueueStatusSchema },
  'jobs:remove': {
    request: z.object({ jobId: IdSchema }).strict(),
    response: z.object({ removed: z.boolean() }),
  },
  'jobs:move': {
    request: z.object({ jobId: IdSchema, toPosition: z.number().int().nonnegative().max(100_000) }).strict(),
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
  'jobs:wake': { request: Empty, response: z.object({ ok: z.literal(true) }) },
  'shell:openExternal': {
    request: z.object({ url: z.string().max(2048) }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
} as const;

/** Events main pushes to the window. */
export const events = {
  'jobs:changed': JobSchema,
  'jobs:queue': QueueStatusSchema,
  'library:changed': z.object({ projectId: IdSchema }),
  'token:changed': TokenStatusSchema,
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type EventName = keyof typeof events;
export type RequestOf<C extends ChannelName> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends ChannelName> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.output<Contract[C]['response']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const CHANNELS = Object.keys(contract) as ChannelName[];
export const EVENTS = Object.keys(events) as EventName[];

/** Every answer crosses the bridge as data, so the error's code and trace id survive. */
export const IpcResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: AppErrorSchema }),
]);
export type IpcResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: z.infer<typeof AppErrorSchema> };
