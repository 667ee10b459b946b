import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { StagedVideo, VideoFileFacts } from '../../shared/capabilities/reference-video-file';
import type { KlingApi } from '../../shared/bridge';
import type { ModelId } from '../../shared/models';
import { composer, renderComposer } from './composer-harness';

const GOOD: VideoFileFacts = {
  container: 'mp4',
  durationSec: 5,
  fps: 30,
  width: 1280,
  height: 720,
  sizeBytes: 8 * 1024 * 1024,
};

/** What main "reads" from the chosen file: the test decides the facts. */
function answerDroppedVideos(facts: VideoFileFacts): File[] {
  const chosen: File[] = [];
  const api = window.kling;
  const references = {
    ...api.references,
    addDroppedVideo: async (file: File) => {
      chosen.push(file);
      const video: StagedVideo = { id: 'vid_0123456789abcdef', name: file.name, facts };
      return { ok: true as const, value: video };
    },
  };
  window.kling = { ...api, references } as KlingApi;
  return chosen;
}

async function chooseVideo(harness: ReturnType<typeof renderComposer>, model: ModelId) {
  await harness.user.selectOptions(within(composer()).getByLabelText('Model'), model);
  const input = within(composer()).getByLabelText(/^Or a video file from this computer/);
  await harness.user.upload(
    input,
    new File([new Uint8Array(8)], 'walk.mp4', { type: 'video/mp4' }),
  );
}

describe('a local reference video in the composer', () => {
  test.each<[string, ModelId, Partial<VideoFileFacts>, string | null]>([
    ['a good video on kling-v3-omni', 'kling-v3-omni', {}, null],
    [
      'MKV',
      'kling-o1',
      { container: 'matroska' },
      'This video is MATROSKA; Kling takes MP4 or MOV only',
    ],
    [
      '250 MB',
      'kling-v3-omni',
      { sizeBytes: 250 * 1024 * 1024 },
      'This video is 250.0 MB; Kling takes at most 200.0 MB',
    ],
    [
      '11 s on kling-o1',
      'kling-o1',
      { durationSec: 11 },
      'This video lasts 11 s; kling-o1 takes 3–10 s',
    ],
    [
      '16 s on kling-v3-omni',
      'kling-v3-omni',
      { durationSec: 16 },
      'This video lasts 16 s; kling-v3-omni takes 3–15.5 s',
    ],
    [
      '15 fps',
      'kling-v3-omni',
      { fps: 15 },
      'This video has 15 frames per second; Kling takes 24–60',
    ],
    [
      '320 × 180',
      'kling-o1',
      { width: 320, height: 180 },
      'This video is 320 × 180 px; kling-o1 takes sides of 700–2160 px',
    ],
    [
      '4000 × 2100',
      'kling-v3-omni',
      { width: 4000, height: 2100 },
      'kling-v3-omni takes at most 8,294,400 pixels',
    ],
    [
      'width / height 2.5',
      'kling-v3-omni',
      { width: 2000, height: 800 },
      "This video's width / height is 2.5; kling-v3-omni takes 0.4–2",
    ],
  ])('%s: the failed rule is named and the upload is held back', async (_, model, change, rule) => {
    const harness = renderComposer();
    answerDroppedVideos({ ...GOOD, ...change });
    await chooseVideo(harness, model);
    const upload = await within(composer()).findByRole<HTMLButtonElement>('button', {
      name: 'Upload and use this video',
    });
    if (rule === null) {
      expect(upload.disabled).toBe(false);
      expect(composer().querySelector('.local-video .field-issue')).toBeNull();
    } else {
      expect(upload.disabled).toBe(true);
      expect(composer().querySelector('.local-video .field-issue')?.textContent).toContain(rule);
    }
  });

  test('a video that passes is published after the question and becomes the reference video URL', async () => {
    const harness = renderComposer({
      'images:consent': ({ accepted }) => ({ accepted: accepted ?? false }),
      'references:uploadVideo': () => ({ url: 'https://cdn.example.com/up/walk.mp4' }),
    });
    const chosen = answerDroppedVideos(GOOD);
    await chooseVideo(harness, 'kling-o1');
    expect(chosen.map((file) => file.name)).toEqual(['walk.mp4']);
    await harness.user.click(
      await within(composer()).findByRole('button', { name: 'Upload and use this video' }),
    );
    const dialog = screen.getByRole('alertdialog', { name: 'Publish this video?' });
    expect(harness.fake.callsTo('references:uploadVideo')).toEqual([]);
    await harness.user.click(within(dialog).getByRole('button', { name: 'Upload' }));
    await expect
      .poll(() => within(composer()).getByLabelText<HTMLInputElement>('Reference video URL').value)
      .toBe('https://cdn.example.com/up/walk.mp4');
    expect(harness.fake.callsTo('references:uploadVideo')).toEqual([
      { videoId: 'vid_0123456789abcdef', model: 'kling-o1' },
    ]);
    expect(harness.fake.callsTo('images:consent')).toEqual([{ accepted: true }]);
  });
});
