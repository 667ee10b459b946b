import { z } from 'zod';
import {
  AppErrorSchema,
  ClipSchema,
  IdSchema,
  JobSchema,
  ProjectSchema,
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
      TextToVideoInputSchema.extend({ action: z.literal('text2video') }).strict(),
    ]),
    response: JobSchema,
  },
  'shell:openExternal': {
    request: z.object({ url: z.string().max(2048) }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
} as const;

/** Events main pushes to the window. */
export const events = {
  'jobs:changed': JobSchema,
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
