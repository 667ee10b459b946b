import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';

export const MEDIA_SCHEME = 'kling-media';

/** What the media scheme serves: library clips and their posters, and images staged for a frame or reference. */
export const MEDIA_KINDS = ['clip', 'image', 'poster'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/** Builds the address the renderer uses for a piece of media; the harness swaps in its own. */
export type MediaUrlFor = (kind: MediaKind, id: string) => string;

const MEDIA_ID = /^[A-Za-z0-9_-]{1,128}$/;

/** The address the renderer uses for a clip or staged image: an opaque id, never a path. */
export function mediaUrlFor(kind: MediaKind, id: string): string {
  if (!MEDIA_KINDS.includes(kind) || !MEDIA_ID.test(id))
    throw new AppError(
      'invalid_media_id',
      kind === 'image' ? t('errors:invalid_media_id.image') : t('errors:invalid_media_id.clip'),
    );
  return `${MEDIA_SCHEME}://${kind}/${id}`;
}

/**
 * The kind and id in a media address, or null. The raw text is matched as a whole against a
 * plain character set, with no decoding: percent escapes, dots, slashes, backslashes and
 * queries can then never be turned into a path, whatever a URL parser would make of them.
 */
export function parseMediaUrl(raw: string): { kind: MediaKind; id: string } | null {
  for (const kind of MEDIA_KINDS) {
    const prefix = `${MEDIA_SCHEME}://${kind}/`;
    if (!raw.startsWith(prefix)) continue;
    const id = raw.slice(prefix.length);
    return MEDIA_ID.test(id) ? { kind, id } : null;
  }
  return null;
}

/** The clip id in a media address, or null (also for an image address). */
export function clipIdFromMediaUrl(raw: string): string | null {
  const parsed = parseMediaUrl(raw);
  return parsed?.kind === 'clip' ? parsed.id : null;
}
