import { readdirSync, statSync } from 'node:fs';
import type { Stamp } from './clip-record';
import { isSidecarName } from './project-scan';

/** A folder name any OS accepts, from a name a person typed. */
export function folderName(name: string): string {
  return (
    name
      .replace(/[^\p{L}\p{N} _-]/gu, '')
      .trim()
      .slice(0, 80) || 'Project'
  );
}

/** A file's size and time, or null when it is not there. */
export function stampOf(path: string): Stamp | null {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats ? { mtimeMs: stats.mtimeMs, size: stats.size } : null;
}

export function same(a: Stamp | null, b: Stamp | null): boolean {
  return a !== null && b !== null && a.mtimeMs === b.mtimeMs && a.size === b.size;
}

/** Whether a folder without a project file still holds clips (adopted as a project). */
export function hasSidecars(dir: string): boolean {
  try {
    return readdirSync(dir).some(isSidecarName);
  } catch {
    return false;
  }
}
