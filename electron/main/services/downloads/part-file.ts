import { createHash, type Hash } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { wordedError } from '../../../../shared/wording';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';

const HEADER_BYTES = 12;
const FTYP = [0x66, 0x74, 0x79, 0x70];
const HASH_CHUNK_BYTES = 1024 * 1024;

/** Where one video lives while it downloads and once it is done. */
export interface PartPaths {
  destDir: string;
  finalPath: string;
  /** Hidden and not ending in `.mp4`, so nothing mistakes it for a clip. */
  partPath: string;
  statePath: string;
}

export type OpenFile = (path: string, flags: number) => Promise<FileHandle>;

// Windows has no O_NOFOLLOW; there the exclusive create and the lstat before a resume remain.
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
/** A new part: created here and now, never an existing file or whatever a link points at. */
export const CREATE_PART_FLAGS =
  constants.O_RDWR | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW;
/** A saved part, resumed: a link swapped in after the size check is refused, not followed. */
export const RESUME_PART_FLAGS = constants.O_RDWR | NO_FOLLOW;

export function partPaths(destDir: string, fileBaseName: string): PartPaths {
  const partPath = join(destDir, `.${fileBaseName}.mp4.part`);
  return {
    destDir,
    finalPath: join(destDir, `${fileBaseName}.mp4`),
    partPath,
    statePath: `${partPath}.json`,
  };
}

/** Bytes already saved, or 0. Anything but a regular file there is removed, not written through. */
export async function savedPartSize(paths: PartPaths): Promise<number> {
  try {
    const info = await lstat(paths.partPath);
    if (info.isFile()) return info.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  await rm(paths.partPath, { force: true });
  return 0;
}

export async function dropPart(paths: PartPaths): Promise<void> {
  await rm(paths.partPath, { force: true });
  await rm(paths.statePath, { force: true });
}

/** Feeds the saved bytes to a fresh hash, so the digest of a resumed file covers all of it. */
export async function hashSavedBytes(file: FileHandle, size: number): Promise<Hash> {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(size, HASH_CHUNK_BYTES)));
  let position = 0;
  // Ends: every pass reads at least one byte or throws.
  while (position < size) {
    const { bytesRead } = await file.read(
      buffer,
      0,
      Math.min(buffer.length, size - position),
      position,
    );
    if (bytesRead <= 0) throw new Error(t('errors:download_failed.partShrank'));
    hash.update(buffer.subarray(0, bytesRead));
    position += bytesRead;
  }
  return hash;
}

/** The last checks before a part may become a clip; they read the file, not what was sent. */
export async function verifyPart(file: FileHandle, expectedBytes: number): Promise<void> {
  const { size } = await file.stat();
  if (size !== expectedBytes) {
    throw wordedError('download_incomplete', 'errors:download_incomplete.wrongSize');
  }
  const header = Buffer.alloc(HEADER_BYTES);
  const { bytesRead } = await file.read(header, 0, HEADER_BYTES, 0);
  if (bytesRead < HEADER_BYTES || !looksLikeMp4(header)) throw notMp4Error();
  await file.sync();
}

/** Renames a verified, closed part into place and makes that durable before forgetting it. */
export async function placePart(paths: PartPaths): Promise<void> {
  await rename(paths.partPath, paths.finalPath);
  await syncDirectory(paths.destDir);
  await rm(paths.statePath, { force: true });
}

// An MP4 (ISO base media file) starts with a box whose type, at byte 4, is `ftyp`.
export function looksLikeMp4(header: Uint8Array): boolean {
  return FTYP.every((byte, index) => header[4 + index] === byte);
}

export function notMp4Error(): AppError {
  return new AppError('not_mp4', t('errors:not_mp4'));
}

/** Some platforms cannot open or sync a folder; that is not fatal, a failing disk is. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EBADF'].includes(code ?? ''))
      throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
