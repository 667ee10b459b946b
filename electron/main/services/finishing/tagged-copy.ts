import { lstat } from 'node:fs/promises';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import { ActionSchema, type ClipDetail } from '../../../../shared/domain';
import type { EmbeddedSettings } from '../../../../shared/embedded-settings';
import { readSettings, writeWithSettings } from './clip-settings-tags';

/** The library as a tagged copy needs it. */
export interface TaggedCopyLibrary {
  getClip(clipId: string): Promise<ClipDetail>;
  resolveClipFile(clipId: string): Promise<string | null>;
  /** The plain byte-for-byte copy, for a video the MP4 writer cannot read. */
  saveCopy(clipId: string, path: string): Promise<void>;
}

/**
 * The settings a video clip was made with, as they go into its MP4; null for a clip the
 * composer cannot make again from settings alone (a tool's result, a clip with no model).
 */
export function settingsOf(clip: ClipDetail): EmbeddedSettings | null {
  const action = ActionSchema.safeParse(clip.action);
  if (!action.success || clip.model === null) return null;
  return {
    app: 'Kling Studio',
    version: 1,
    action: action.data,
    model: clip.model,
    prompt: clip.prompt,
    parameters: clip.parameters,
  };
}

/**
 * Saves a copy of a clip's video at `path` with its prompt and settings in the MP4's metadata
 * (packets copied, nothing re-encoded). A video the MP4 writer cannot read is copied as it is,
 * and the answer says the settings are not inside.
 *
 * @throws AppError `clip_not_found` when the video is gone; the file system's errors.
 */
export async function saveTaggedCopy(
  library: TaggedCopyLibrary,
  clipId: string,
  path: string,
): Promise<{ settingsInside: boolean }> {
  const clip = await library.getClip(clipId);
  const source = await library.resolveClipFile(clipId);
  if (!source || clip.status === 'missing')
    throw new AppError('clip_not_found', t('errors:clip_not_found.nothingToSave'));
  const settings = settingsOf(clip);
  if (!settings) {
    await library.saveCopy(clipId, path);
    return { settingsInside: false };
  }
  try {
    await writeWithSettings({ source, output: path, settings });
    return { settingsInside: true };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'stitch_unreadable') throw error;
    await library.saveCopy(clipId, path);
    return { settingsInside: false };
  }
}

/** Larger than any clip Kling makes; a bigger "video" is not read at all. */
const MAX_VIDEO_BYTES = 4 * 1024 ** 3;

/**
 * The settings inside a video the person picked or dropped, or null when it carries none.
 *
 * @throws AppError `settings_unreadable` when the path is not a regular file (a folder, a
 *   link, a device) or not a video file the app can read.
 */
export async function importSettings(path: string): Promise<EmbeddedSettings | null> {
  // lstat: a link is refused rather than followed to whatever it names.
  const stats = await lstat(path).catch(() => null);
  if (!stats?.isFile() || stats.size > MAX_VIDEO_BYTES)
    throw new AppError('settings_unreadable', t('errors:settings_unreadable.notVideo'));
  return readSettings(path);
}
