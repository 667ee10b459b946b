import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import type { Stamp } from './clip-record';
import { isSidecarName } from './project-scan';

// Names Windows keeps for devices, whatever the case or extension: a folder called `CON`
// cannot be made there, and a project copied from another system would not open.
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/iu;

/**
 * The longest path a project folder may have. Windows' classic limit is 260 characters for
 * a whole file path; a clip's files (`<job id>.poster.jpg`) and the atomic writer's temp name
 * beside them take up to about 70 of them.
 */
export const MAX_PROJECT_PATH = 190;
const MIN_FOLDER_NAME = 8;

/** Whether Windows reserves this file or folder name for a device (`CON`, `nul.txt`, `COM1`…). */
export function isReservedName(name: string): boolean {
  return RESERVED.test(name);
}

/** A folder name any OS accepts, from a name a person typed, at most `maxLength` characters. */
export function folderName(name: string, maxLength = 80): string {
  const base =
    name
      .replace(/[^\p{L}\p{N} _-]/gu, '')
      .trim()
      .slice(0, maxLength)
      .trim() || t('desktop:projectFallbackName');
  return isReservedName(base) ? `${base.slice(0, maxLength - 1)}_` : base;
}

/**
 * The folder for a project called `name` in `workspace`, its name shortened so the path stays
 * within `MAX_PROJECT_PATH` with room for `suffixLength` more characters (a ` 2` to make it
 * unique). Throws `AppError('path_too_long')` when the workspace's own path leaves no room.
 */
export function projectFolderPath(workspace: string, name: string, suffixLength = 0): string {
  const room = MAX_PROJECT_PATH - workspace.length - 1 - suffixLength;
  if (room < MIN_FOLDER_NAME) throw new AppError('path_too_long', t('errors:path_too_long'));
  return join(workspace, folderName(name, Math.min(80, room)));
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
