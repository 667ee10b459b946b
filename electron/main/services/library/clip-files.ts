import { constants } from 'node:fs';
import { copyFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import { isReservedName } from './folder-files';
import { POSTER_SUFFIX, SIDECAR_SUFFIX } from './sidecar';

/** A clip's three files share a stem: `<stem>.kling.json`, `<stem>.mp4`, `<stem>.poster.jpg`. */
export function clipFileNames(stem: string): { sidecar: string; video: string; poster: string } {
  return {
    sidecar: `${stem}${SIDECAR_SUFFIX}`,
    video: `${stem}.mp4`,
    poster: `${stem}${POSTER_SUFFIX}`,
  };
}

/** The wanted stem, or `<stem>-2`, `-3`… when a clip of that name is already in the folder. */
export async function freeStem(dir: string, wanted: string): Promise<string> {
  // A stem Windows keeps for a device (a clip named `CON` made elsewhere) starts at `-2`.
  const first = isReservedName(wanted) ? 2 : 1;
  for (let n = first; n < 1000; n++) {
    const stem = n === 1 ? wanted : `${wanted.slice(0, 120)}-${n}`;
    const names = clipFileNames(stem);
    const taken = await Promise.all(
      [names.sidecar, names.video, names.poster].map((name) => exists(join(dir, name))),
    );
    if (!taken.some(Boolean)) return stem;
  }
  throw new AppError('no_free_name', t('errors:no_free_name'));
}

/** Moves a file; across drives (an opened folder elsewhere) it copies, then removes the original. */
export async function moveFile(from: string, to: string): Promise<void> {
  if (await exists(to)) throw new AppError('file_exists', t('errors:file_exists'));
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to, constants.COPYFILE_EXCL);
    await unlink(from);
  }
}

/** Copies without ever replacing a file that is already there. */
export async function copyNew(from: string, to: string): Promise<void> {
  await copyFile(from, to, constants.COPYFILE_EXCL);
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

const POSTER_MAX_BYTES = 2 * 1024 * 1024;
const JPEG_PREFIX = 'data:image/jpeg;base64,';

/** The poster's bytes from the window's data URL, refused unless it really is a modest JPEG. */
export function decodePoster(dataUrl: string): Buffer {
  if (!dataUrl.startsWith(JPEG_PREFIX)) throw badPoster();
  const base64 = dataUrl.slice(JPEG_PREFIX.length);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length > (POSTER_MAX_BYTES * 4) / 3 + 4)
    throw badPoster();
  const bytes = Buffer.from(base64, 'base64');
  // JPEG starts with SOI (FF D8) followed by a marker (FF); the label on the data URL proves nothing.
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff)
    throw badPoster();
  if (bytes.length > POSTER_MAX_BYTES) throw badPoster();
  return bytes;
}

function badPoster(): AppError {
  return new AppError('invalid_poster', t('errors:invalid_poster'));
}
