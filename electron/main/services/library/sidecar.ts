import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { z } from 'zod';
import {
  ClipKindSchema,
  ClipSourceSchema,
  StitchedPartSchema,
  isToolKind,
} from '../../../../shared/domain';
import { MODEL_IDS } from '../../../../shared/models';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import { parseJson, writeStateFile } from '../fs/json-state-file';

/**
 * The human-readable record beside each video; the sidecars are the library's truth. Version 2
 * is written only for clips made by a tool (motion, lip-sync, talking photo): an app that
 * knows version 1 alone then leaves them alone as newer instead of setting them aside.
 */
export const SIDECAR_VERSION = 2;

/** The version a clip of this kind is written with; videos keep version 1, which every app reads. */
export function sidecarVersionFor(action: string): number {
  return isToolKind(action) ? 2 : 1;
}
export const SIDECAR_SUFFIX = '.kling.json';
export const POSTER_SUFFIX = '.poster.jpg';

const Name = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/);

/**
 * A sidecar the app wrote is a few kilobytes; anything over this is not read at all, so a
 * huge file dropped in a project costs neither memory nor time.
 */
export const SIDECAR_MAX_BYTES = 1024 * 1024;
/**
 * How deeply `parameters` may nest. The provider's parameters are two or three levels deep;
 * a bound keeps a hand-made file nested thousands deep away from every recursive walk after
 * (JSON.stringify, IPC cloning, the detail view).
 */
export const PARAMETERS_MAX_DEPTH = 32;

/**
 * Version 1. Unknown keys are kept (a newer app may have added them) and written back on
 * every rewrite. The user's own fields fall back to their defaults when a hand edit made them
 * invalid, so a typo in a rating never sets a whole clip aside.
 */
const SidecarFields = z.object({
  version: z.number().int().min(1),
  clipId: Name,
  jobId: Name,
  /** The video's file name inside the project folder, chosen by the app. */
  videoFile: z.string().regex(/^[A-Za-z0-9_-]{1,128}\.mp4$/),
  action: ClipKindSchema,
  /** Null for the tools that take no model (lip-sync, talking photo). */
  model: z.enum(MODEL_IDS).nullable(),
  mode: z.string().max(16).nullable().default(null),
  prompt: z.string(),
  /** Every parameter that was sent to the provider, so the clip can be made again. */
  parameters: z
    .record(z.string(), z.unknown())
    .refine((value) => withinDepth(value, PARAMETERS_MAX_DEPTH), {
      message: `nested more than ${PARAMETERS_MAX_DEPTH} levels deep`,
    }),
  /**
   * What the provider applied because `parameters` left it out (mode, duration, aspect ratio,
   * audio…), in the same field names; absent in sidecars written before it was recorded.
   */
  defaults: z
    .record(z.string(), z.unknown())
    .refine((value) => withinDepth(value, PARAMETERS_MAX_DEPTH))
    .optional()
    .catch(undefined),
  taskId: z.string(),
  videoId: z.string().nullable(),
  sourceUrl: z.string(),
  durationSec: z.number().nullable(),
  /** Seconds AceData billed (`usage.duration`); null for clips made before it was reported. */
  billedSec: z.number().nonnegative().nullable().default(null),
  sizeBytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[a-f0-9]{64}$/),
  parentClipId: Name.nullable().default(null),
  /** What a tool was given (images, videos, audio by address); empty for videos. */
  sources: z.array(ClipSourceSchema).max(8).default([]),
  /** Seconds into the parent clip of the frame this clip was continued from. */
  parentFrameSec: z.number().nonnegative().nullable().catch(null).default(null),
  /** A joined clip's parts, in the order they play; empty for any other clip. */
  parts: z.array(StitchedPartSchema).max(50).catch([]).default([]),
  submittedAt: z.string(),
  createdAt: z.string(),
  favourite: z.boolean().catch(false),
  tags: z.array(z.string().trim().min(1).max(40)).max(50).catch([]),
  rating: z.number().int().min(0).max(5).catch(0),
  note: z.string().max(2000).catch(''),
});
export const SidecarSchema = SidecarFields.loose();
/** The known fields; a parsed sidecar also carries any unknown keys, to be written back. */
export type Sidecar = z.output<typeof SidecarFields>;
type SidecarInput = z.input<typeof SidecarFields>;

/** What the job service hands over for a new clip; the library fills in ids and times. */
type UserFields = 'favourite' | 'tags' | 'rating' | 'note' | 'mode' | 'sources';
export type NewClip = Omit<SidecarInput, 'version' | 'clipId' | 'createdAt' | UserFields> &
  Partial<Pick<SidecarInput, UserFields>>;

export type SidecarRead =
  | { ok: true; sidecar: Sidecar }
  | { ok: false; reason: 'unreadable' | 'invalid' | 'newer' | 'tooLarge'; detail: string };

/**
 * Reads and checks one sidecar; says why when it cannot be used. Synchronous on purpose:
 * opening 10,000 of them this way is several times faster than through the thread pool.
 */
export function readSidecar(path: string): SidecarRead {
  let text: string;
  try {
    const bytes = readCapped(path, SIDECAR_MAX_BYTES);
    if (!bytes) return { ok: false, reason: 'tooLarge', detail: `over ${SIDECAR_MAX_BYTES} bytes` };
    text = bytes.toString('utf8');
  } catch (error) {
    return {
      ok: false,
      reason: 'unreadable',
      detail: (error as NodeJS.ErrnoException).code ?? 'error',
    };
  }
  const raw = parseJson(text);
  if (raw === undefined) return { ok: false, reason: 'invalid', detail: 'not valid JSON' };
  return checkSidecar(raw);
}

export function checkSidecar(raw: unknown): SidecarRead {
  const parsed = SidecarSchema.safeParse(raw);
  if (parsed.success) return { ok: true, sidecar: parsed.data };
  // A newer app may use models or fields this one does not know: leave its files alone.
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > SIDECAR_VERSION) {
    return { ok: false, reason: 'newer', detail: `version ${version}` };
  }
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    reason: 'invalid',
    detail: issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid',
  };
}

/** Re-reads a sidecar before changing it, so edits made outside the app and unknown keys survive. */
export async function rewriteSidecar(
  path: string,
  change: (current: Sidecar) => Sidecar,
): Promise<Sidecar> {
  const read = readSidecar(path);
  if (!read.ok) {
    if (read.reason === 'newer') {
      throw new AppError('sidecar_newer', t('errors:sidecar_newer'));
    }
    throw new AppError('sidecar_unreadable', t('errors:sidecar_unreadable'));
  }
  const next = SidecarSchema.parse(change(read.sidecar));
  await writeSidecar(path, next);
  return next;
}

export async function writeSidecar(path: string, sidecar: Sidecar): Promise<void> {
  await writeStateFile(path, sidecar);
}

/**
 * The file's bytes, or null when it is larger than `maxBytes`. The size is taken from the
 * open descriptor and at most `maxBytes + 1` bytes are read, so a file that grows meanwhile
 * is refused too. Throws the file system's error.
 */
function readCapped(path: string, maxBytes: number): Buffer | null {
  const fd = openSync(path, 'r');
  try {
    if (fstatSync(fd).size > maxBytes) return null;
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) return null;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** Whether `value` nests no deeper than `max` objects/arrays, walked without recursion. */
function withinDepth(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    if (depth > max) return false;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return true;
}

/** The file stem shared by a clip's sidecar, video and poster (the job id for new clips). */
export function stemOf(sidecarName: string): string {
  return sidecarName.slice(0, -SIDECAR_SUFFIX.length);
}
