import { constants } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

// Created new or not at all, and never through a link: a name planted in the folder (a link
// to a file elsewhere) makes the write fail instead of writing through it. Windows has no
// O_NOFOLLOW; O_EXCL already refuses any existing entry there, links included.
const TEMP_FLAGS =
  constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/**
 * Opens `path` as a new owner-only file for writing. Throws `EEXIST` when anything, a link
 * included, already has that name (and `ELOOP` where the platform reports links that way).
 */
export function createExclusive(path: string): Promise<FileHandle> {
  return open(path, TEMP_FLAGS, 0o600);
}

/**
 * Replaces a file so that a crash leaves either the old or the new content, never a mix:
 * write a temp file beside it (created exclusively, see `createExclusive`), fsync, rename
 * over, fsync the folder. Throws the file system's error; the temp file is removed then.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
  const handle = await createExclusive(temp);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dirname(path));
}

/** Makes a rename durable. Some platforms cannot open a folder for sync; that is not an error. */
export async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows and some file systems refuse; the rename itself is still atomic there.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
