import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../shared/app-error';
import { t } from '../../../shared/i18n';

export interface InstanceLock {
  release(): Promise<void>;
}

/**
 * One writer per data folder. Electron's single-instance lock already focuses the first
 * window; this file lock also covers a second copy started with another binary or profile,
 * so two processes never write the same journal. A lock left by a killed process is taken over.
 */
export async function acquireInstanceLock(
  dataDir: string,
  pid = process.pid,
): Promise<InstanceLock> {
  const path = join(dataDir, 'instance.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(pid));
      await handle.close();
      return { release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (owner && owner !== pid && isAlive(owner)) {
        throw new AppError('already_running', t('errors:already_running'));
      }
      await rm(path, { force: true });
    }
  }
  throw new AppError('lock_failed', t('errors:lock_failed'));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
