import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { AppError } from '../../shared/app-error';
import { ClipDetailSchema, type ClipDetail } from '../../shared/domain';
import { Composer } from '../../renderer/src/features/composer/Composer';
import { RemixButton } from '../../renderer/src/features/making/RemixButton';
import { composer, generateButton, stagedImage, withToken } from './composer-harness';
import { clip, job } from './fixtures';
import { renderApp } from './render-app';

type Handlers = NonNullable<Parameters<typeof renderApp>[0]>;

function detail(overrides: Partial<ClipDetail>): ClipDetail {
  return ClipDetailSchema.parse({
    ...clip(),
    sourceUrl: 'https://cdn.example.com/out.mp4',
    submittedAt: '2026-11-01T10:00:00.000Z',
    parent: null,
    children: [],
    ...overrides,
  });
}

const byUrl: Handlers = {
  'images:fromUrl': ({ url }) =>
    stagedImage({
      source: 'url',
      url,
      previewUrl: '',
      width: null,
      height: null,
      sizeBytes: null,
      mime: null,
    }),
  'voices:list': () => ({
    items: [{ id: 'v_1', name: 'Warm narrator', source: 'preset', previewUrl: null }],
    fetchedAt: null,
    problem: null,
  }),
  'jobs:submit': () => job(),
};

function renderRemix(record: ClipDetail, handlers: Handlers = {}) {
  return renderApp(
    { ...withToken, ...byUrl, ...handlers },
    <>
      <Composer />
      <RemixButton detail={record} />
    </>,
  );
}

describe('Use these settings', () => {
  test('puts action, model, every option, frames and voices back, so Generate sends the same request', async () => {
    const record = detail({
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
    const { fake, user } = renderRemix(record);
    await user.click(screen.getByRole('button', { name: 'Use these settings' }));
    await screen.findByText("The composer holds this clip's settings.");
    const form = composer();
    expect(within(form).getByLabelText<HTMLTextAreaElement>('Prompt').value).toBe(record.prompt);
    expect(within(form).getByText('Warm narrator')).toBeTruthy();

    await user.click(generateButton());
    expect(fake.callsTo('jobs:submit')).toEqual([
      expect.objectContaining({
        action: 'image2video',
        model: 'kling-v2-6',
        prompt: record.prompt,
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

  test('a clip continued from a frame gets the still kept on disk, uploaded again', async () => {
    const parent = clip({ id: 'clip_parent' });
    const still = stagedImage({ id: 'img_still', frameOf: { clipId: 'clip_parent', atSec: 2 } });
    const record = detail({
      action: 'image2video',
      model: 'kling-v2-6',
      prompt: 'She turns',
      parent,
      parentClipId: 'clip_parent',
      parentFrameSec: 2,
      parameters: { prompt: 'She turns', start_image_url: 'https://cdn.example.com/expired.png' },
    });
    const { fake, user } = renderRemix(record, {
      'making:remixStill': () => still,
      'images:consent': () => ({ accepted: true }),
      'images:upload': ({ imageId }) =>
        stagedImage({ id: imageId, url: 'https://cdn.example.com/fresh.png' }),
    });
    await user.click(screen.getByRole('button', { name: 'Use these settings' }));
    await screen.findByText(/The start frame is the still kept in the project folder/);
    expect(fake.callsTo('making:remixStill')).toEqual([{ clipId: record.id }]);
    expect(fake.callsTo('images:upload')).toEqual([{ imageId: 'img_still' }]);
    expect(fake.callsTo('images:fromUrl')).toEqual([]);

    await user.click(generateButton());
    expect(fake.callsTo('jobs:submit')).toEqual([
      expect.objectContaining({ startImageUrl: 'https://cdn.example.com/fresh.png' }),
    ]);
  });

  test('says which inputs could not be restored', async () => {
    const record = detail({
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
    await user.click(screen.getByRole('button', { name: 'Use these settings' }));
    await screen.findByText(/Not restored: reference images — add them again/);
    const form = composer();
    expect(within(form).getByLabelText<HTMLInputElement>('Reference video URL').value).toBe(
      'https://cdn.example.com/walk.mp4',
    );
  });
});
