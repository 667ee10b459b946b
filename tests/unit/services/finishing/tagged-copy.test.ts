import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clip } from '../../../../shared/domain';
import {
  importSettings,
  saveTaggedCopy,
} from '../../../../electron/main/services/finishing/tagged-copy';
import { Library } from '../../../../electron/main/services/library/library';
import { SAMPLE_MP4 } from '../../../support/mp4-fixtures';

describe('"Save a copy" with the settings inside, and importing them back', () => {
  let root: string;
  let library: Library;

  async function addClip(name: string, source: string | Buffer): Promise<Clip> {
    const projectId = library.defaultProjectId();
    const video = join(library.projectDir(projectId), `${name}.mp4`);
    if (typeof source === 'string') await copyFile(source, video);
    else await writeFile(video, source);
    const bytes = await readFile(video);
    return library.addClip(projectId, {
      jobId: name,
      videoFile: `${name}.mp4`,
      action: 'image2video',
      model: 'kling-v2-1-master',
      prompt: 'A paper boat sails off',
      parameters: { prompt: 'A paper boat sails off', mode: 'pro', duration: 5, cfg_scale: 0.4 },
      taskId: `task_${name}`,
      videoId: `video_${name}`,
      sourceUrl: 'https://cdn.example.com/v.mp4',
      durationSec: 4,
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      submittedAt: '2026-11-29T10:00:00.000Z',
    });
  }

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'kling-tagged-copy-'));
    library = new Library({
      workspaceDir: join(root, 'workspace'),
      dataDir: join(root, 'data'),
      mediaUrlFor: (id) => `kling-media://clip/${id}`,
    });
    await library.open();
  });

  afterEach(async () => {
    await library.close();
    await rm(root, { recursive: true, force: true });
  });

  it('writes the clip’s action, model, prompt and parameters into the copy, which read back', async () => {
    const clip = await addClip('job_boat', SAMPLE_MP4);
    const target = join(root, 'boat.mp4');

    expect(await saveTaggedCopy(library, clip.id, target)).toEqual({ settingsInside: true });
    expect(await importSettings(target)).toEqual({
      app: 'Kling Studio',
      version: 1,
      action: 'image2video',
      model: 'kling-v2-1-master',
      prompt: 'A paper boat sails off',
      parameters: { prompt: 'A paper boat sails off', mode: 'pro', duration: 5, cfg_scale: 0.4 },
    });
  });

  it('copies a video the MP4 writer cannot read as it is, and says the settings are not inside', async () => {
    const clip = await addClip('job_odd', Buffer.from('not really an mp4'));
    const target = join(root, 'odd.mp4');

    expect(await saveTaggedCopy(library, clip.id, target)).toEqual({ settingsInside: false });
    expect(await readFile(target, 'utf8')).toBe('not really an mp4');
  });

  it('finds no settings in a video the app did not make', async () => {
    expect(await importSettings(SAMPLE_MP4)).toBeNull();
  });

  it('refuses a folder and a link instead of reading what they lead to', async () => {
    await mkdir(join(root, 'folder.mp4'));
    await symlink(SAMPLE_MP4, join(root, 'link.mp4'));
    await expect(importSettings(join(root, 'folder.mp4'))).rejects.toMatchObject({
      code: 'settings_unreadable',
    });
    await expect(importSettings(join(root, 'link.mp4'))).rejects.toMatchObject({
      code: 'settings_unreadable',
    });
  });
});
