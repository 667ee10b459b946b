import { rename, stat } from 'node:fs/promises';
import { basename } from 'node:path';

export const CORRUPT_MARK = '.corrupt-';

/**
 * Moves a damaged file out of the way as `<name>.corrupt-<time>`, never deleting it: the
 * person may want it back. Returns the new name, or null when it could not be moved.
 */
export async function setAside(path: string, now: Date): Promise<string | null> {
  // Colons are not allowed in Windows file names.
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  for (let n = 0; n < 100; n++) {
    const target = `${path}${CORRUPT_MARK}${stamp}${n === 0 ? '' : `-${n}`}`;
    if (await exists(target)) continue;
    try {
      await rename(path, target);
      return basename(target);
    } catch {
      return null;
    }
  }
  return null;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
