import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireInstanceLock } from '../../../electron/main/services/instance-lock';

describe('one writer per data folder', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kling-lock-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('refuses a second instance while the first runs, and frees the folder on release', async () => {
    const first = await acquireInstanceLock(dir);
    await expect(acquireInstanceLock(dir, process.pid + 1_000_000)).rejects.toMatchObject({
      code: 'already_running',
    });
    await first.release();
    const second = await acquireInstanceLock(dir, 4242);
    expect(await readFile(join(dir, 'instance.lock'), 'utf8')).toBe('4242');
    await second.release();
  });

  it('takes over a lock left by a process that was killed', async () => {
    // A real process that has exited: its pid is free.
    const dead = spawnSync(process.execPath, [
      '-e',
      'process.stdout.write(String(process.pid))',
    ]).stdout.toString();
    await writeFile(join(dir, 'instance.lock'), dead);
    const lock = await acquireInstanceLock(dir);
    expect(await readFile(join(dir, 'instance.lock'), 'utf8')).toBe(String(process.pid));
    await lock.release();
  });
});
