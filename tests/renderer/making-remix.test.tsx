import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { AppError } from '../../shared/app-error';
import { composer, generateButton, stagedImage } from './composer-harness';
import { clip, job } from './fixtures';
import {
  clipDetail,
  renderRemix,
  restoredVideo,
  useTheseSettings,
  type Handlers,
} from './remix-harness';

const submits: Handlers = {
  'voices:list': () => ({
    items: [{ id: 'v_1', name: 'Warm narrator', source: 'preset', previewUrl: null }],
    fetchedAt: null,
    problem: null,
  }),
  'jobs:submit': () => job(),
};

/** Main finding these addresses' files again on this computer, and uploading each afresh. */
function localFiles(names: Record<string, string>): Handlers {
  return {
    ...submits,
    'images:restore': ({ url }) =>
      names[url] ? stagedImage({ id: `img_${names[url]}`, name: `${names[url]}.png` }) : null,
    'images:upload': ({ imageId }) =>
      stagedImage({ id: imageId, url: `https://cdn.example.com/${imageId}-again.png` }),
  };
}

const framesClip = clipDetail({
  action: 'image2video',
  model: 'kling-v2-6',
  prompt: 'A <<<voice_1>>> sings at dawn',
  parameters: {
    action: 'image2video',
    model: 'kling-v2-6',
    prompt: 'A <<<voice_1>>> sings at dawn',
    mode: 'pro',
    duration: 5,
    aspect_ratio: '9:16',
    cfg_scale: 0.7,
    negative_prompt: 'blur',
    generate_audio: true,
    start_image_url: 'https://cdn.example.com/start.png',
    end_image_url: 'https://cdn.example.com/end.png',
    voice_list: [{ voice_id: 'v_1' }],
  },
});

describe('Use these settings', () => {
  test('puts action, model, every option, frames and voices back, so Generate sends the same request', async () => {
    const { fake, user } = renderRemix(framesClip, submits);
    expect(await useTheseSettings(user)).toContain("The composer holds this clip's settings.");
    const form = composer();
    expect(within(form).getByLabelText<HTMLTextAreaElement>('Prompt').value).toBe(
      framesClip.prompt,
    );
    expect(within(form).getByText('Warm narrator')).toBeTruthy();

    await user.click(generateButton());
    expect(fake.callsTo('jobs:submit')).toEqual([
      expect.objectContaining({
        action: 'image2video',
        model: 'kling-v2-6',
        prompt: framesClip.prompt,
        mode: 'pro',
        duration: 5,
        aspectRatio: '9:16',
        cfgScale: 0.7,
        negativePrompt: 'blur',
        generateAudio: true,
        startImageUrl: 'https://cdn.example.com/start.png',
        endImageUrl: 'https://cdn.example.com/end.png',
        voiceList: [{ voiceId: 'v_1' }],
      }),
    ]);
  });

  test('frames uploaded from files still on this computer come back as those files, uploaded again; the others by address', async () => {
    const { fake, user } = renderRemix(
      framesClip,
      localFiles({ 'https://cdn.example.com/start.png': 'start' }),
    );
    const status = await useTheseSettings(user);
    expect(status).toContain('From this computer: start frame.');
    expect(status).toContain('By address only (no unchanged file on this computer): end frame.');
    const start = within(composer()).getByRole<HTMLImageElement>('img', { name: /Start frame/ });
    expect(start.src).toMatch(/\/media\/image\/img_start$/);
    expect(fake.callsTo('images:upload')).toEqual([{ imageId: 'img_start' }]);

    await user.click(generateButton());
    expect(fake.callsTo('jobs:submit')).toEqual([
      expect.objectContaining({
        startImageUrl: 'https://cdn.example.com/img_start-again.png',
        endImageUrl: 'https://cdn.example.com/end.png',
      }),
    ]);
  });

  test('a found file that cannot be uploaded now is put back by its address', async () => {
    const { fake, user } = renderRemix(framesClip, {
      ...localFiles({ 'https://cdn.example.com/start.png': 'start' }),
      'images:upload': () => {
        throw new AppError('no_platform_token', 'Save a platform token to upload images.');
      },
    });
    expect(await useTheseSettings(user)).toContain('By address only');
    await user.click(generateButton());
    expect(fake.callsTo('jobs:submit')).toEqual([
      expect.objectContaining({ startImageUrl: 'https://cdn.example.com/start.png' }),
    ]);
  });

  test('reference images keep their roles and, like the reference video, come back from this computer', async () => {
    const record = clipDetail({
      action: 'text2video',
      model: 'kling-v3-omni',
      prompt: 'A cat <<<image_1>>> meets <<<image_2>>> in <<<video_1>>>',
      parameters: {
        prompt: 'A cat <<<image_1>>> meets <<<image_2>>> in <<<video_1>>>',
        image_list: [
          { image_url: 'https://cdn.example.com/cat.png', type: 'first_frame' },
          { image_url: 'https://cdn.example.com/dog.png' },
        ],
        video_list: [
          {
            video_url: 'https://cdn.example.com/walk.mp4',
            refer_type: 'feature',
            keep_original_sound: 'no',
          },
        ],
      },
    });
    const { fake, user } = renderRemix(record, {
      ...localFiles({ 'https://cdn.example.com/cat.png': 'cat' }),
      'references:restoreVideo': () => restoredVideo('walk.mp4'),
      'references:uploadVideo': () => ({ url: 'https://cdn.example.com/walk-again.mp4' }),
    });
    const status = await useTheseSettings(user);
    expect(status).toContain('From this computer: reference image 1 and reference video.');
    expect(status).toContain(
      'By address only (no unchanged file on this computer): reference image 2.',
    );
    expect(fake.callsTo('references:uploadVideo')).toEqual([
      { videoId: 'vid_00112233445566aa', model: 'kling-v3-omni' },
    ]);
    expect(within(composer()).getByLabelText<HTMLInputElement>('Reference video URL').value).toBe(
      'https://cdn.example.com/walk-again.mp4',
    );

    await user.click(generateButton());
    expect(fake.callsTo('jobs:submit')).toEqual([
      expect.objectContaining({
        imageList: [
          { imageUrl: 'https://cdn.example.com/img_cat-again.png', type: 'first_frame' },
          { imageUrl: 'https://cdn.example.com/dog.png' },
        ],
        videoList: [
          expect.objectContaining({ videoUrl: 'https://cdn.example.com/walk-again.mp4' }),
        ],
      }),
    ]);
  });

  test('a clip continued from a frame gets the still kept on disk, uploaded again', async () => {
    const parent = clip({ id: 'clip_parent' });
    const still = stagedImage({ id: 'img_still', frameOf: { clipId: 'clip_parent', atSec: 2 } });
    const record = clipDetail({
      action: 'image2video',
      model: 'kling-v2-6',
      prompt: 'She turns',
      parent,
      parentClipId: 'clip_parent',
      parentFrameSec: 2,
      parameters: { prompt: 'She turns', start_image_url: 'https://cdn.example.com/expired.png' },
    });
    const { fake, user } = renderRemix(record, {
      ...submits,
      'making:remixStill': () => still,
      'images:upload': ({ imageId }) =>
        stagedImage({ id: imageId, url: 'https://cdn.example.com/fresh.png' }),
    });
    expect(await useTheseSettings(user)).toMatch(
      /The start frame is the still kept in the project folder/,
    );
    expect(fake.callsTo('making:remixStill')).toEqual([{ clipId: record.id }]);
    expect(fake.callsTo('images:upload')).toEqual([{ imageId: 'img_still' }]);
    expect(fake.callsTo('images:fromUrl')).toEqual([]);

    await user.click(generateButton());
    expect(fake.callsTo('jobs:submit')).toEqual([
      expect.objectContaining({ startImageUrl: 'https://cdn.example.com/fresh.png' }),
    ]);
  });

  test('says which inputs could not be restored', async () => {
    const record = clipDetail({
      action: 'text2video',
      model: 'kling-v3-omni',
      prompt: 'A cat <<<image_1>>> in <<<video_1>>>',
      parameters: {
        prompt: 'A cat <<<image_1>>> in <<<video_1>>>',
        image_list: [{ image_url: 'ftp://old.example.com/cat.png' }],
        video_list: [
          {
            video_url: 'https://cdn.example.com/walk.mp4',
            refer_type: 'feature',
            keep_original_sound: 'no',
          },
        ],
      },
    });
    const { user } = renderRemix(record, {
      'images:fromUrl': () => {
        throw new AppError('image_url_invalid', 'Use an https address.');
      },
    });
    await useTheseSettings(user);
    expect(screen.getByText(/Not restored: reference images — add them again/)).toBeTruthy();
    expect(within(composer()).getByLabelText<HTMLInputElement>('Reference video URL').value).toBe(
      'https://cdn.example.com/walk.mp4',
    );
  });
});
