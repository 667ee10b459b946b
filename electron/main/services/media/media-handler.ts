import { constants } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import { extname, isAbsolute, relative } from 'node:path';
import { Readable } from 'node:stream';
import { APP_ORIGIN } from '../../desktop/app-scheme';
import { parseByteRange } from './byte-range';
import { parseMediaUrl, type MediaKind } from './media-url';

/** Absolute path of the clip's video, or null if the id is unknown. */
export type ResolveClipFile = (clipId: string) => Promise<string | null>;
/** Absolute path of a staged image, or null if the id is unknown. */
export type ResolveImageFile = (imageId: string) => Promise<string | null>;

export interface MediaHandlerOptions {
  resolveClipFile: ResolveClipFile;
  /** Library folders: the workspace, and project folders opened from elsewhere. */
  libraryRoot: () => string | readonly string[];
  /** Posters kept beside library clips; without it `kling-media://poster/…` answers 404. */
  resolvePosterFile?: ResolveClipFile;
  /** Staged images for thumbnails; without it `kling-media://image/…` answers 404. */
  images?: { resolveFile: ResolveImageFile; root: () => string };
  /**
   * Origins of the app's own pages (`app://kling`, or the dev server's). Only they get a CORS
   * answer; a request that names any other origin is refused. Default: `app://kling`.
   */
  appOrigins?: readonly string[];
}

// Only media the app itself writes; anything else in a project folder is never served.
const CLIP_TYPES: Record<string, string> = {
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
};
// Staging accepts PNG and JPEG only and names the copy itself, so nothing else can be there.
const IMAGE_TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg' };
// The library writes posters as JPEG only (checked by magic bytes when stored).
const POSTER_TYPES: Record<string, string> = { '.jpg': 'image/jpeg' };

// Opening the checked path must not follow a link swapped in after the check, nor block on a
// FIFO planted in a project folder. Windows has neither flag and needs neither.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

interface OpenedFile {
  handle: FileHandle;
  size: number;
  contentType: string;
}

interface Source {
  resolve: (id: string) => Promise<string | null>;
  root: () => string | readonly string[];
  types: Record<string, string>;
}

/**
 * Answers `kling-media://clip/<id>` and `kling-media://image/<id>` requests. The renderer only
 * ever names an id; the file is found by its owner (library or image service) and served only
 * if it really lies inside that owner's folder.
 */
export function createMediaHandler(
  options: MediaHandlerOptions,
): (request: Request) => Promise<Response> {
  const sources: Partial<Record<MediaKind, Source>> = {
    clip: { resolve: options.resolveClipFile, root: options.libraryRoot, types: CLIP_TYPES },
    ...(options.resolvePosterFile
      ? {
          poster: {
            resolve: options.resolvePosterFile,
            root: options.libraryRoot,
            types: POSTER_TYPES,
          },
        }
      : {}),
    ...(options.images
      ? {
          image: {
            resolve: options.images.resolveFile,
            root: options.images.root,
            types: IMAGE_TYPES,
          },
        }
      : {}),
  };
  const appOrigins = new Set(options.appOrigins ?? [APP_ORIGIN]);
  return async (request) => {
    const origin = request.headers.get('origin');
    // A page of another origin (a web page inside a frame, a link opened elsewhere) learns
    // nothing, not even whether the clip exists. No Origin means a plain same-page load.
    if (origin !== null && !appOrigins.has(origin)) return empty(403);
    const cors = corsHeaders(origin);
    const answer = await serve(request, sources);
    for (const [name, value] of Object.entries(cors)) answer.headers.set(name, value);
    return answer;
  };
}

async function serve(
  request: Request,
  sources: Partial<Record<MediaKind, Source>>,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return empty(405, { allow: 'GET, HEAD' });
  const target = parseMediaUrl(request.url);
  if (target === null) return empty(400);
  const source = sources[target.kind];
  if (source === undefined) return empty(404);
  let file: OpenedFile | null;
  try {
    file = await openInside(target.id, source);
  } catch {
    return empty(500);
  }
  if (file === null) return empty(404);
  return respond(request, file);
}

/**
 * The window draws video frames onto a canvas to make posters, which needs a CORS answer for
 * its own origin (else the canvas is tainted); no other origin is ever named.
 */
function corsHeaders(origin: string | null): Record<string, string> {
  return origin === null
    ? { vary: 'origin' }
    : { 'access-control-allow-origin': origin, vary: 'origin' };
}

async function openInside(id: string, source: Source): Promise<OpenedFile | null> {
  const resolved = await source.resolve(id);
  if (resolved === null || !isAbsolute(resolved)) return null;
  let real: string;
  try {
    real = await realpath(resolved);
  } catch {
    return null;
  }
  // Compared after resolving links, so a symlink in a project cannot point the player elsewhere.
  if (!(await insideAny(real, source.root()))) return null;
  const contentType = source.types[extname(real).toLowerCase()];
  if (contentType === undefined) return null;

  let handle: FileHandle;
  try {
    handle = await open(real, OPEN_FLAGS);
  } catch {
    return null;
  }
  // Size and type come from the open descriptor, so they describe the bytes we will send.
  const stats = await handle.stat().catch(() => null);
  if (stats === null || !stats.isFile()) {
    await handle.close().catch(() => undefined);
    return null;
  }
  return { handle, size: stats.size, contentType };
}

async function insideAny(real: string, roots: string | readonly string[]): Promise<boolean> {
  for (const root of typeof roots === 'string' ? [roots] : roots) {
    const base = await realpath(root).catch(() => null);
    if (base === null) continue;
    const inside = relative(base, real);
    if (inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)) return true;
  }
  return false;
}

function respond(request: Request, file: OpenedFile): Response {
  const { handle, size, contentType } = file;
  const range = parseByteRange(request.headers.get('range'), size);
  const headers = { ...baseHeaders(), 'content-type': contentType, 'accept-ranges': 'bytes' };

  if (range.kind === 'unsatisfiable') {
    void handle.close().catch(() => undefined);
    return new Response(null, {
      status: 416,
      headers: { ...headers, 'content-range': `bytes */${size}`, 'content-length': '0' },
    });
  }
  const start = range.kind === 'partial' ? range.start : 0;
  const end = range.kind === 'partial' ? range.end : size - 1;
  const length = size === 0 ? 0 : end - start + 1;
  const status = range.kind === 'partial' ? 206 : 200;
  const rangeHeader: Record<string, string> =
    range.kind === 'partial' ? { 'content-range': `bytes ${start}-${end}/${size}` } : {};
  const init = {
    status,
    headers: { ...headers, ...rangeHeader, 'content-length': String(length) },
  };

  if (request.method === 'HEAD' || length === 0) {
    void handle.close().catch(() => undefined);
    return new Response(null, init);
  }
  // The stream owns the descriptor from here: it closes it at the end, or when the player
  // cancels (seeking abandons the old request).
  const stream = handle.createReadStream({ start, end, autoClose: true });
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, init);
}

function baseHeaders(): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  };
}

function empty(status: number, extra: Record<string, string> = {}): Response {
  return new Response(null, { status, headers: { ...baseHeaders(), ...extra } });
}
