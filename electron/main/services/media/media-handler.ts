import { constants } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import { extname, isAbsolute, relative } from 'node:path';
import { Readable } from 'node:stream';
import { parseByteRange } from './byte-range';
import { clipIdFromMediaUrl } from './media-url';

/** Absolute path of the clip's video, or null if the id is unknown. */
export type ResolveClipFile = (clipId: string) => Promise<string | null>;

export interface MediaHandlerOptions {
  resolveClipFile: ResolveClipFile;
  libraryRoot: () => string;
}

// Only media the app itself writes; anything else in a project folder is never served.
const CONTENT_TYPES: Record<string, string> = {
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

// Opening the checked path must not follow a link swapped in after the check, nor block on a
// FIFO planted in a project folder. Windows has neither flag and needs neither.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

interface OpenedClip {
  handle: FileHandle;
  size: number;
  contentType: string;
}

/**
 * Answers `kling-media://clip/<id>` requests. The renderer only ever names a clip id; the file is
 * found by the library and served only if it really lies inside the library folder.
 */
export function createMediaHandler(
  options: MediaHandlerOptions,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return empty(405, { allow: 'GET, HEAD' });
    const clipId = clipIdFromMediaUrl(request.url);
    if (clipId === null) return empty(400);
    let clip: OpenedClip | null;
    try {
      clip = await openClip(clipId, options);
    } catch {
      return empty(500);
    }
    if (clip === null) return empty(404);
    return respond(request, clip);
  };
}

async function openClip(clipId: string, options: MediaHandlerOptions): Promise<OpenedClip | null> {
  const resolved = await options.resolveClipFile(clipId);
  if (resolved === null || !isAbsolute(resolved)) return null;
  let real: string;
  let root: string;
  try {
    [real, root] = await Promise.all([realpath(resolved), realpath(options.libraryRoot())]);
  } catch {
    return null;
  }
  // Compared after resolving links, so a symlink in a project cannot point the player elsewhere.
  const inside = relative(root, real);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  const contentType = CONTENT_TYPES[extname(real).toLowerCase()];
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

function respond(request: Request, clip: OpenedClip): Response {
  const { handle, size, contentType } = clip;
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
  return { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };
}

function empty(status: number, extra: Record<string, string> = {}): Response {
  return new Response(null, { status, headers: { ...baseHeaders(), ...extra } });
}
