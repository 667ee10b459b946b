import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultProjectName, Library } from '../../../../electron/main/services/library/library';

const sha = 'a'.repeat(64);

describe('Library', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kling-lib-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const open = async () => {
    const library = new Library({
      workspaceDir: dir,
      mediaUrlFor: (id) => `kling-media://clip/${id}`,
    });
    await library.open();
    return library;
  };

  it('creates a default project folder on first run, once', async () => {
    const library = await open();
    expect(library.listProjects()).toMatchObject([{ name: defaultProjectName(), clipCount: 0 }]);
    const again = await open();
    expect(again.listProjects()).toHaveLength(1);
    expect(again.listProjects()[0]?.id).toBe(library.listProjects()[0]?.id);
    expect(await readdir(dir)).toEqual([defaultProjectName()]);
  });

  it('indexes clips from their sidecars and resolves only issued ids', async () => {
    const library = await open();
    const projectId = library.defaultProjectId();
    const projectDir = library.projectDir(projectId);
    await writeFile(join(projectDir, 'job_1.mp4'), 'video');
    const clip = await library.addClip(projectId, {
      jobId: 'job_1',
      videoFile: 'job_1.mp4',
      action: 'text2video',
      model: 'kling-v1',
      prompt: 'p',
      parameters: { prompt: 'p' },
      taskId: 't',
      videoId: 'v',
      sourceUrl: 'https://x',
      durationSec: 5,
      sizeBytes: 5,
      sha256: sha,
      parentClipId: null,
      submittedAt: new Date().toISOString(),
    });
    expect(clip.mediaUrl).toBe(`kling-media://clip/${clip.id}`);
    const reopened = await open();
    expect(reopened.listClips(projectId).map((c) => c.id)).toEqual([clip.id]);
    expect(await reopened.resolveClipFile(clip.id)).toBe(join(projectDir, 'job_1.mp4'));
    expect(await reopened.resolveClipFile('clip_unknown')).toBeNull();
    expect(reopened.findClipByJob('job_1')?.id).toBe(clip.id);
  });

  it('skips a corrupt sidecar and loads the rest', async () => {
    const library = await open();
    const projectDir = library.projectDir(library.defaultProjectId());
    await writeFile(join(projectDir, 'job_bad.kling.json'), '{ truncated');
    const reopened = await open();
    expect(reopened.listClips(library.defaultProjectId())).toEqual([]);
  });
});
