import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { ClipDetailSchema, type ClipDetail } from '../../shared/domain';
import { switchLanguage } from '../../shared/i18n';
import { Composer } from '../../renderer/src/features/composer/Composer';
import { RemixButton } from '../../renderer/src/features/making/RemixButton';
import { composer, generateButton, stagedImage, withToken } from './composer-harness';
import { clip, job } from './fixtures';
import { renderApp } from './render-app';

type Handlers = NonNullable<Parameters<typeof renderApp>[0]>;

const IMAGE = 'https://cdn.example.com/hero.png';
const VIDEO = 'https://cdn.example.com/dance.mp4';

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

const handlers: Handlers = {
  ...withToken,
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
  'tools:submit': () => job({ action: 'motion' }),
};

function renderRemix(record: ClipDetail, more: Handlers = {}) {
  return renderApp(
    { ...handlers, ...more },
    <>
      <Composer />
      <RemixButton detail={record} />
    </>,
  );
}

describe('Use these settings on a tool clip', () => {
  test('motion control: the tool opens with its image, video and every choice, and sends the same request', async () => {
    const { user, fake } = renderRemix(
      detail({
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
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Use these settings' }));
    await screen.findByText("The composer holds this clip's settings.");
    const form = composer();
    await within(form).findByRole('button', { name: 'Remove character image' });
    expect(within(form).getByLabelText<HTMLInputElement>('Motion video URL').value).toBe(VIDEO);
    await user.click(generateButton());
    await waitFor(() =>
      expect(fake.callsTo('tools:submit')).toEqual([
        expect.objectContaining({
          tool: {
            tool: 'motion',
            imageUrl: IMAGE,
            videoUrl: VIDEO,
            characterOrientation: 'video',
            mode: 'pro',
            model: 'kling-v3',
            keepOriginalSound: false,
            prompt: 'A dancer',
          },
        }),
      ]),
    );
  });

  test('lip-sync: a video by address comes back with its text; a source clip that is gone is named', async () => {
    const byUrl = detail({
      action: 'lip-sync',
      model: null,
      prompt: 'Hello there',
      parameters: { video_url: VIDEO, text: 'Hello there' },
    });
    const { user, fake } = renderRemix(byUrl);
    await user.click(screen.getByRole('button', { name: 'Use these settings' }));
    await screen.findByText("The composer holds this clip's settings.");
    await user.click(generateButton());
    await waitFor(() =>
      expect(fake.callsTo('tools:submit')).toEqual([
        expect.objectContaining({
          tool: { tool: 'lip-sync', videoUrl: VIDEO, text: 'Hello there' },
        }),
      ]),
    );
  });

  test('lip-sync of a library clip no longer there says so', async () => {
    const { user } = renderRemix(
      detail({
        action: 'lip-sync',
        model: null,
        prompt: 'Hi',
        parameters: { video_id: 'vid_1', text: 'Hi' },
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Use these settings' }));
    await screen.findByText(/Not restored: the clip to lip-sync \(no longer in the library\)/);
    expect(within(composer()).getByLabelText<HTMLTextAreaElement>('Text to speak').value).toBe(
      'Hi',
    );
  });

  test('talking photo: the photo, the recording and the length come back', async () => {
    const { user, fake } = renderRemix(
      detail({
        action: 'talking-photo',
        model: null,
        prompt: '',
        parameters: {
          image_url: IMAGE,
          audio_url: 'https://cdn.example.com/speech.mp3',
          duration: 10,
        },
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Use these settings' }));
    await screen.findByText("The composer holds this clip's settings.");
    await user.click(generateButton());
    await waitFor(() =>
      expect(fake.callsTo('tools:submit')).toEqual([
        expect.objectContaining({
          tool: {
            tool: 'talking-photo',
            imageUrl: IMAGE,
            audioUrl: 'https://cdn.example.com/speech.mp3',
            duration: 10,
          },
        }),
      ]),
    );
  });

  test('in Chinese, names what could not be put back in Chinese', async () => {
    const { user } = renderRemix(
      detail({
        action: 'motion',
        model: 'kling-v3',
        prompt: '',
        parameters: { character_orientation: 'image', mode: 'std' },
      }),
    );
    await act(() => switchLanguage('zh-CN'));
    // The button's own words belong to the remix; matched in either language.
    await user.click(screen.getByRole('button', { name: /Use these settings|使用这些设置/ }));
    await waitFor(() =>
      expect(document.querySelector('.remix [role="status"]')?.textContent).toMatch(
        /角色图片.*动作视频/,
      ),
    );
  });
});
