import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clip } from '../../../../shared/domain';
import { saveFrameStill } from '../../../../electron/main/services/finishing/frame-still';
import { LocalImageService } from '../../../../electron/main/services/images/image-service';
import { Library } from '../../../../electron/main/services/library/library';
import { stageRemixStill } from '../../../../electron/main/services/making/remix-still';
import {
  PREFERENCES_FILE,
  PreferencesStore,
} from '../../../../electron/main/services/preferences/preferences-store';
import { pngBytes } from '../../../fixtures/images/test-images';

const FRAMES_MP4 = new URL('../../../fixtures/media/frames-640x360.mp4', import.meta.url).pathname;

describe('the still a remixed clip was continued from', () => {
  let root: string;
  let library: Library;
  let images: LocalImageService;
  let parent: Clip;

  async function addClip(jobId: string, extra: { parentClipId?: string; parentFrameSec?: number }) {
    const projectId = library.defaultProjectId();
    const video = join(library.projectDir(projectId), `${jobId}.mp4`);
    await copyFile(FRAMES_MP4, video);
    const bytes = await readFile(video);
    return library.addClip(projectId, {
      jobId,
      videoFile: `${jobId}.mp4`,
      action: extra.parentClipId ? 'image2video' : 'text2video',
      model: 'kling-v2-6',
      prompt: jobId,
      parameters: { prompt: jobId },
      taskId: `task_${jobId}`,
      videoId: null,
      sourceUrl: 'https://cdn.example.com/v.mp4',
      durationSec: 4,
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      submittedAt: '2026-11-29T10:00:00.000Z',
      ...extra,
    });
  }

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'kling-remix-still-'));
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
    parent = await addClip('job_parent', {});
  });

  afterEach(async () => {
    await library.close();
    await rm(root, { recursive: true, force: true });
  });

  it('is staged again from the project folder, marked with its clip and time', async () => {
    await saveFrameStill(
      { library, images },
      { clipId: parent.id, atSec: 1.5, png: pngBytes(640, 360) },
    );
    const child = await addClip('job_child', { parentClipId: parent.id, parentFrameSec: 1.5 });

    const staged = await stageRemixStill({ library, images }, child.id);
    expect(staged).toMatchObject({
      source: 'file',
      width: 640,
      height: 360,
      url: null,
      frameOf: { clipId: parent.id, atSec: 1.5 },
    });
  });

  it('is null once the still was removed, and for a clip not continued from a frame', async () => {
    await saveFrameStill(
      { library, images },
      { clipId: parent.id, atSec: 1.5, png: pngBytes(640, 360) },
    );
    const child = await addClip('job_child', { parentClipId: parent.id, parentFrameSec: 1.5 });
    await rm(join(library.projectDir(parent.projectId), 'job_parent.frame-1500ms.png'));

    expect(await stageRemixStill({ library, images }, child.id)).toBeNull();
    expect(await stageRemixStill({ library, images }, parent.id)).toBeNull();
  });
});
