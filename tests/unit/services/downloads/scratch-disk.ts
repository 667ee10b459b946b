import { execFile } from 'node:child_process';
import { mkdtemp, rm, open, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { OpenFile } from '../../../../electron/main/services/downloads/download-video';

const run = promisify(execFile);

/** Whether this machine lets the tests mount a small tmpfs (Linux, as root). */
export async function tmpfsAvailable(): Promise<boolean> {
  if (process.platform !== 'linux') return false;
  const probe = await mkdtemp(join(tmpdir(), 'kling-tmpfs-probe-'));
  try {
    await mountTmpfs(probe, 64 * 1024);
    await unmount(probe);
    return true;
  } catch {
    return false;
  } finally {
    await rm(probe, { recursive: true, force: true });
  }
}

export async function mountTmpfs(dir: string, sizeBytes: number): Promise<void> {
  await run('mount', ['-t', 'tmpfs', '-o', `size=${sizeBytes}`, 'tmpfs', dir]);
}

/** Gives a mounted tmpfs more room, as freeing space on a real disk would. */
export async function resizeTmpfs(dir: string, sizeBytes: number): Promise<void> {
  await run('mount', ['-o', `remount,size=${sizeBytes}`, dir]);
}

export async function unmount(dir: string): Promise<void> {
  await run('umount', [dir]);
}

/**
 * The fallback where no tmpfs can be mounted: opens files for real, but a write that would pass
 * `disk.limit` bytes fills up to it and then fails with ENOSPC, as a full disk does.
 */
export function openFileWithDiskLimit(disk: { limit: number | null }): OpenFile {
  return async (path, flags) => {
    const handle = await open(path, flags);
    const write = async (buffer: Uint8Array, offset: number, length: number, position: number) => {
      const room = disk.limit === null ? length : Math.max(0, disk.limit - position);
      if (room === 0) {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
          code: 'ENOSPC',
        });
      }
      return handle.write(buffer, offset, Math.min(length, room), position);
    };
    return new Proxy(handle, {
      get(target, key) {
        if (key === 'write') return write;
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }) satisfies FileHandle;
  };
}
