import { rename, stat } from 'node:fs/promises';

/** What a set-aside file's name carries after its original name. */
export const CORRUPT_MARK = '.corrupt-';

/**
 * Moves a damaged file out of the way as `<name>.corrupt-<UTC time>[-n]`, never deleting it:
 * the person may want it back. Returns the new path; throws the rename's error (an
 * `ErrnoException`) when the file cannot be moved.
 */
export async function setAside(path: string, now: Date): Promise<string> {
  // Colons are not allowed in Windows file names.
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  for (let n = 0; n < 100; n++) {
    const target = `${path}${CORRUPT_MARK}${stamp}${n === 0 ? '' : `-${n}`}`;
    if (await exists(target)) continue;
    await rename(path, target);
    return target;
  }
  // An earlier copy is never overwritten: a hundred in one second means something loops.
  throw Object.assign(new Error(`no free name to set ${path} aside`), { code: 'EEXIST' });
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
