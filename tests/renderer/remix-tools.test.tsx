import { act, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { AppError } from '../../shared/app-error';
import { switchLanguage } from '../../shared/i18n';
import { composer, generateButton, stagedImage } from './composer-harness';
import { job } from './fixtures';
import {
  clipDetail,
  renderRemix,
  restoredVideo,
  toolSent,
  useTheseSettings,
  type Handlers,
} from './remix-harness';

const IMAGE = 'https://cdn.example.com/hero.png';
const VIDEO = 'https://cdn.example.com/dance.mp4';
const FRESH_IMAGE = 'https://cdn.example.com/hero-again.png';
const FRESH_VIDEO = 'https://cdn.example.com/dance-again.mp4';

const submits: Handlers = { 'tools:submit': () => job({ action: 'motion' }) };

/** Main finding the image and the video again on this computer, and publishing them afresh. */
const localFiles: Handlers = {
  ...submits,
  'images:restore': ({ url }) =>
    url === IMAGE ? stagedImage({ id: 'img_hero', name: 'hero.png' }) : null,
  'images:upload': ({ imageId }) => stagedImage({ id: imageId, url: FRESH_IMAGE }),
  'references:restoreVideo': ({ url }) => (url === VIDEO ? restoredVideo('dance.mp4') : null),
  'tools:uploadVideo': () => ({ url: FRESH_VIDEO }),
};

const motionClip = clipDetail({
  action: 'motion',
  model: 'kling-v3',
  prompt: 'A dancer',
  parameters: {
    image_url: IMAGE,
    video_url: VIDEO,
    character_orientation: 'video',
    mode: 'pro',
    model_name: 'kling-v3',
    keep_original_sound: 'no',
    prompt: 'A dancer',
  },
});

describe('Use these settings on a tool clip', () => {
  test('motion control: the tool opens with its image, video and every choice, and sends the same request', async () => {
    const { user, fake } = renderRemix(motionClip, submits);
    expect(await useTheseSettings(user)).toMatch(
      /^The composer holds this clip's settings\.By address only \(no unchanged file on this computer\): character image and motion video\.$/,
    );
    const form = composer();
    await within(form).findByRole('button', { name: 'Remove character image' });
    expect(within(form).getByLabelText<HTMLInputElement>('Motion video URL').value).toBe(VIDEO);
    await user.click(generateButton());
    expect(await toolSent(fake)).toEqual({
      tool: 'motion',
      imageUrl: IMAGE,
      videoUrl: VIDEO,
      characterOrientation: 'video',
      mode: 'pro',
      model: 'kling-v3',
      keepOriginalSound: false,
      prompt: 'A dancer',
    });
  });

  test('motion control: the character image and motion video come back from the files they were uploaded from', async () => {
    const { user, fake } = renderRemix(motionClip, localFiles);
    expect(await useTheseSettings(user)).toContain(
      'From this computer: character image and motion video.',
    );
    const form = composer();
    const thumbnail = within(form).getByRole<HTMLImageElement>('img', { name: /Character image/ });
    expect(thumbnail.src).toMatch(/\/media\/image\/img_hero$/);
    expect(within(form).getByText(/dance\.mp4/)).toBeTruthy();
    expect(fake.callsTo('tools:uploadVideo')).toEqual([
      { videoId: 'vid_00112233445566aa', use: { tool: 'motion', orientation: 'video' } },
    ]);
    await user.click(generateButton());
    expect(await toolSent(fake)).toMatchObject({ imageUrl: FRESH_IMAGE, videoUrl: FRESH_VIDEO });
  });

  test('without consent to publish, no local file is read again: the addresses come back', async () => {
    const { user, fake } = renderRemix(motionClip, {
      ...localFiles,
      'images:consent': () => ({ accepted: false }),
    });
    expect(await useTheseSettings(user)).toContain('By address only');
    expect(fake.callsTo('images:restore')).toEqual([]);
    expect(fake.callsTo('references:restoreVideo')).toEqual([]);
  });

  test('lip-sync: a video by address comes back with its text', async () => {
    const { user, fake } = renderRemix(
      clipDetail({
        action: 'lip-sync',
        model: null,
        prompt: 'Hello there',
        parameters: { video_url: VIDEO, text: 'Hello there' },
      }),
      submits,
    );
    await useTheseSettings(user);
    await user.click(generateButton());
    expect(await toolSent(fake)).toEqual({
      tool: 'lip-sync',
      videoUrl: VIDEO,
      text: 'Hello there',
    });
  });

  test('lip-sync: the video comes back from the file it was published from', async () => {
    const { user, fake } = renderRemix(
      clipDetail({
        action: 'lip-sync',
        model: null,
        prompt: 'Hello there',
        parameters: { video_url: VIDEO, text: 'Hello there' },
      }),
      localFiles,
    );
    expect(await useTheseSettings(user)).toContain('From this computer: video to lip-sync.');
    expect(fake.callsTo('tools:uploadVideo')).toEqual([
      { videoId: 'vid_00112233445566aa', use: { tool: 'lip-sync' } },
    ]);
    expect(within(composer()).getByText(/dance\.mp4/)).toBeTruthy();
    await user.click(generateButton());
    expect(await toolSent(fake)).toEqual({
      tool: 'lip-sync',
      videoUrl: FRESH_VIDEO,
      text: 'Hello there',
    });
  });

  test('a video that no longer passes the tool rules comes back by its address', async () => {
    const { user, fake } = renderRemix(
      clipDetail({
        action: 'lip-sync',
        model: null,
        prompt: 'Hi',
        parameters: { video_url: VIDEO, text: 'Hi' },
      }),
      {
        ...localFiles,
        'tools:uploadVideo': () => {
          throw new AppError('video_refused', 'The video is 12 s long; lip-sync takes 2–10 s.');
        },
      },
    );
    expect(await useTheseSettings(user)).toContain(
      'By address only (no unchanged file on this computer): video to lip-sync.',
    );
    await user.click(generateButton());
    expect(await toolSent(fake)).toMatchObject({ videoUrl: VIDEO });
  });

  test('lip-sync of a library clip no longer there says so', async () => {
    const { user } = renderRemix(
      clipDetail({
        action: 'lip-sync',
        model: null,
        prompt: 'Hi',
        parameters: { video_id: 'vid_1', text: 'Hi' },
      }),
    );
    expect(await useTheseSettings(user)).toMatch(
      /Not restored: the clip to lip-sync \(no longer in the library\)/,
    );
    expect(within(composer()).getByLabelText<HTMLTextAreaElement>('Text to speak').value).toBe(
      'Hi',
    );
  });

  test('talking photo: the photo (from this computer), the recording and the length come back', async () => {
    const { user, fake } = renderRemix(
      clipDetail({
        action: 'talking-photo',
        model: null,
        prompt: '',
        parameters: {
          image_url: IMAGE,
          audio_url: 'https://cdn.example.com/speech.mp3',
          duration: 10,
        },
      }),
      localFiles,
    );
    expect(await useTheseSettings(user)).toContain('From this computer: photo.');
    await user.click(generateButton());
    expect(await toolSent(fake)).toEqual({
      tool: 'talking-photo',
      imageUrl: FRESH_IMAGE,
      audioUrl: 'https://cdn.example.com/speech.mp3',
      duration: 10,
    });
  });

  test('in Chinese, names what could not be put back and what came from this computer in Chinese', async () => {
    const { user } = renderRemix(
      clipDetail({
        action: 'motion',
        model: 'kling-v3',
        prompt: '',
        parameters: { image_url: IMAGE, character_orientation: 'image', mode: 'std' },
      }),
      localFiles,
    );
    await act(() => switchLanguage('zh-CN'));
    const status = await useTheseSettings(user);
    expect(status).toMatch(/动作视频/);
    expect(status).toContain('取自本机文件：角色图片。');
    expect(screen.queryByText(/From this computer/)).toBeNull();
  });
});
