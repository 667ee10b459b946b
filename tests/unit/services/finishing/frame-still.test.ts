import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clip } from '../../../../shared/domain';
import { saveFrameStill } from '../../../../electron/main/services/finishing/frame-still';
import { LocalImageService } from '../../../../electron/main/services/images/image-service';
import { Library } from '../../../../electron/main/services/library/library';
import {
  PREFERENCES_FILE,
  PreferencesStore,
} from '../../../../electron/main/services/preferences/preferences-store';
import { pngBytes } from '../../../fixtures/images/test-images';

const FRAMES_MP4 = new URL('../../../fixtures/media/frames-640x360.mp4', import.meta.url).pathname;

describe('keeping a frame of a clip as a start image', () => {
  let root: string;
  let library: Library;
  let images: LocalImageService;
  let clip: Clip;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'kling-frame-still-'));
    library = new Library({
      workspaceDir: join(root, 'workspace'),
      dataDir: join(root, 'data'),
      mediaUrlFor: (id) => `kling-media://clip/${id}`,
    });
    await library.open();
    images = new LocalImageService({
      dataDir: join(root, 'data'),
      uploadUrl: 'http://127.0.0.1:9/never',
      readPlatformToken: async () => null,
      previewUrlFor: (id) => `kling-media://image/${id}`,
      consent: new PreferencesStore(join(root, 'data', PREFERENCES_FILE)).consent,
    });
    const projectId = library.defaultProjectId();
    const video = join(library.projectDir(projectId), 'job_bars.mp4');
    await copyFile(FRAMES_MP4, video);
    const bytes = await readFile(video);
    clip = await library.addClip(projectId, {
      jobId: 'job_bars',
      videoFile: 'job_bars.mp4',
      action: 'text2video',
      model: 'kling-v2-6',
      prompt: 'Colour bars',
      parameters: { prompt: 'Colour bars' },
      taskId: 'task_bars',
      videoId: 'video_bars',
      sourceUrl: 'https://cdn.example.com/v.mp4',
      durationSec: 4,
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      submittedAt: '2026-11-29T10:00:00.000Z',
    });
  });

  afterEach(async () => {
    await library.close();
    await rm(root, { recursive: true, force: true });
  });

  it('writes the PNG into the project and stages it, marked with the clip and time', async () => {
    const png = pngBytes(640, 360);
    const staged = await saveFrameStill({ library, images }, { clipId: clip.id, atSec: 2, png });

    const dir = library.projectDir(clip.projectId);
    expect(await readdir(dir)).toContain('job_bars.frame-2000ms.png');
    expect(await readFile(join(dir, 'job_bars.frame-2000ms.png'))).toEqual(png);
    expect(staged).toMatchObject({
      width: 640,
      height: 360,
      mime: 'image/png',
      url: null,
      frameOf: { clipId: clip.id, atSec: 2 },
    });
  });

  it('refuses a still that is not the video’s full size, naming both sizes', async () => {
    const attempt = saveFrameStill(
      { library, images },
      { clipId: clip.id, atSec: 1, png: pngBytes(320, 180) },
    );
    await expect(attempt).rejects.toMatchObject({
      code: 'frame_invalid',
      message: expect.stringContaining('320 × 180 px but the video is 640 × 360 px'),
    });
    expect(
      (await readdir(library.projectDir(clip.projectId))).some((n) => n.endsWith('.png')),
    ).toBe(false);
  });

  it('refuses bytes that are not a PNG, and a time past the end of the clip', async () => {
    await expect(
      saveFrameStill(
        { library, images },
        { clipId: clip.id, atSec: 1, png: Buffer.from('GIF89a') },
      ),
    ).rejects.toMatchObject({ code: 'frame_invalid' });
    await expect(
      saveFrameStill({ library, images }, { clipId: clip.id, atSec: 9, png: pngBytes(640, 360) }),
    ).rejects.toMatchObject({ code: 'frame_invalid', message: expect.stringContaining('9.00 s') });
  });

  it('refuses a clip that is not in the library', async () => {
    await expect(
      saveFrameStill(
        { library, images },
        { clipId: 'clip_gone', atSec: 0, png: pngBytes(640, 360) },
      ),
    ).rejects.toMatchObject({ code: 'clip_not_found' });
  });
});
