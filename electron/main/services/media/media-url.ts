import { AppError } from '../../../../shared/app-error';

export const MEDIA_SCHEME = 'kling-media';
const PREFIX = `${MEDIA_SCHEME}://clip/`;
const CLIP_ID = /^[A-Za-z0-9_-]{1,128}$/;

/** The address the renderer uses for a clip: an opaque id, never a path. */
export function mediaUrlFor(clipId: string): string {
  if (!CLIP_ID.test(clipId))
    throw new AppError('invalid_clip_id', 'This clip has an id that cannot be shown.');
  return `${PREFIX}${clipId}`;
}

/**
 * The clip id in a media address, or null. The raw text is matched as a whole against a plain
 * character set, with no decoding: percent escapes, dots, slashes, backslashes and queries can
 * then never be turned into a path, whatever a URL parser would make of them.
 */
export function clipIdFromMediaUrl(raw: string): string | null {
  if (!raw.startsWith(PREFIX)) return null;
  const id = raw.slice(PREFIX.length);
  return CLIP_ID.test(id) ? id : null;
}
