import { constants } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import { MAX_IMAGE_BYTES, checkImageSize } from './image-rules';

/**
 * Folders whose files are never a picture the user meant to pick (a link to /etc/passwd
 * dropped as "frame.png"). macOS resolves /etc to /private/etc, hence both.
 */
export function defaultSystemDirs(platform: NodeJS.Platform = process.platform): string[] {
  if (platform === 'win32') {
    const root = process.env.SystemRoot ?? 'C:\\Windows';
    return [root];
  }
  return ['/etc', '/proc', '/sys', '/dev', '/boot', '/private/etc'];
}

// The checked path is opened without following a link swapped in after realpath, and without
// blocking on a FIFO. Windows has neither flag.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a file the user dropped or picked, checking what it really is: the link resolved, a
 * regular file outside system folders, at most 10 MB. The bytes come from the one descriptor
 * that was checked, so what is validated is exactly what gets staged.
 */
export async function readImageFile(path: string, systemDirs: readonly string[]): Promise<Buffer> {
  if (!isAbsolute(path)) throw notAFile(t('errors:image_not_file.badLocation'));
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    throw fileError(error);
  }
  const systemDir = systemDirs.find((dir) => isInside(dir, real));
  if (systemDir !== undefined) {
    throw notAFile(t('errors:image_not_file.systemFile', { path: real, folder: systemDir }));
  }
  let handle: FileHandle;
  try {
    handle = await open(real, OPEN_FLAGS);
  } catch (error) {
    throw fileError(error);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw notAFile(t('errors:image_not_file.folder'));
    if (!stats.isFile()) {
      throw notAFile(t('errors:image_not_file.special'));
    }
    checkImageSize(stats.size);
    const bytes = await readAtMost(handle, MAX_IMAGE_BYTES + 1);
    // The file may have grown since stat: the bytes read are what count.
    checkImageSize(bytes.length);
    return bytes;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw fileError(error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function readAtMost(handle: FileHandle, limit: number): Promise<Buffer> {
  const buffer = Buffer.alloc(limit);
  let filled = 0;
  while (filled < limit) {
    const { bytesRead } = await handle.read(buffer, filled, limit - filled, null);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function notAFile(message: string): AppError {
  return new AppError('image_not_file', message);
}

function fileError(error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return notAFile(t('errors:image_not_file.gone'));
  }
  if (code === 'ELOOP') return notAFile(t('errors:image_not_file.replacedByLink'));
  if (code === 'EISDIR') return notAFile(t('errors:image_not_file.folder'));
  if (code === 'EACCES' || code === 'EPERM') {
    return new AppError('image_unreadable', t('errors:image_unreadable.notAllowed'));
  }
  return new AppError(
    'image_unreadable',
    t('errors:image_unreadable.cause', { cause: code ?? t('errors:unknownError') }),
  );
}
