import { mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createExclusive,
  writeFileAtomic,
} from '../../../../electron/main/services/fs/atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kling-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('atomic write', () => {
  it('replaces the file whole and leaves no temp file', async () => {
    const path = join(dir, 'state.json');
    await writeFile(path, 'old');
    await writeFileAtomic(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['state.json']);
  });

  it('creates its temp file only when the name is free, never through a planted link', async () => {
    const victim = join(dir, 'victim.txt');
    await writeFile(victim, 'keep me');
    const planted = join(dir, '.state.json.planted.tmp');
    await symlink(victim, planted);
    await expect(createExclusive(planted)).rejects.toMatchObject({
      code: expect.stringMatching(/^(EEXIST|ELOOP)$/),
    });
    // A dangling link is refused too, so nothing is created where it points.
    const dangling = join(dir, '.dangling.tmp');
    await symlink(join(dir, 'nowhere.txt'), dangling);
    await expect(createExclusive(dangling)).rejects.toMatchObject({
      code: expect.stringMatching(/^(EEXIST|ELOOP)$/),
    });
    expect(await readdir(dir)).not.toContain('nowhere.txt');
    const existing = join(dir, '.existing.tmp');
    await writeFile(existing, 'x');
    await expect(createExclusive(existing)).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(victim, 'utf8')).toBe('keep me');
    expect(await readFile(existing, 'utf8')).toBe('x');
  });

  it('creates a new temp file readable by its owner only', async () => {
    const handle = await createExclusive(join(dir, '.fresh.tmp'));
    const mode = (await handle.stat()).mode & 0o777;
    await handle.close();
    expect(mode & 0o077).toBe(0);
  });
});
