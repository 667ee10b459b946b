import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import {
  composer,
  descriptionOf,
  generateButton,
  isBlocked,
  renderComposer,
} from './composer-harness';
import { job } from './fixtures';
import { linkedImage } from './linked-image';

describe('Omni references and other checked fields', () => {
  test('omni references: the prompt must name each one, and a button inserts the tag at the caret', async () => {
    const url = 'https://cdn.example.com/cat.png';
    const { fake, user } = renderComposer({
      'images:fromUrl': ({ url: given }) => linkedImage(given, { name: 'cat.png' }),
      'jobs:submit': () => job(),
    });
    const form = composer();
    await user.selectOptions(within(form).getByLabelText('Model'), 'kling-v3-omni');
    const prompt = within(form).getByLabelText<HTMLTextAreaElement>('Prompt');
    await user.type(prompt, 'A cat');
    await user.type(within(form).getByLabelText('Negative prompt'), 'dogs');
    const images = within(form).getByRole('region', { name: 'Reference images' });
    await user.type(within(images).getByLabelText('Image URL'), url);
    await user.click(within(images).getByRole('button', { name: 'Use URL' }));
    await within(images).findByText(url);

    const tags = within(form).getByRole('list', { name: 'Reference tags' });
    expect(tags.textContent).toContain('<<<image_1>>>not named yet');
    expect(descriptionOf(prompt)).toContain(
      'Name every reference in the prompt: add <<<image_1>>>',
    );
    expect(isBlocked(generateButton())).toBe(true);
    // References leave no room for a negative prompt: it stays visible, disabled, with why.
    expect(descriptionOf(within(form).getByLabelText('Negative prompt'))).toContain(
      'Requests with reference images or videos take no negative prompt',
    );

    prompt.setSelectionRange(2, 2);
    await user.click(within(tags).getByRole('button', { name: 'Insert <<<image_1>>>' }));
    expect(prompt.value).toBe('A <<<image_1>>>cat');
    expect(document.activeElement).toBe(prompt);
    expect(prompt.selectionStart).toBe('A <<<image_1>>>'.length);
    expect(tags.textContent).toContain('<<<image_1>>>named');

    await user.type(
      within(form).getByLabelText('Reference video URL'),
      'https://cdn.example.com/walk.mp4',
    );
    expect(screen.getByText('<<<video_1>>>').parentElement?.textContent).toContain('not named yet');
    expect(isBlocked(generateButton())).toBe(true);
    prompt.setSelectionRange(prompt.value.length, prompt.value.length);
    await user.click(within(tags).getByRole('button', { name: 'Insert <<<video_1>>>' }));
    expect(isBlocked(generateButton())).toBe(false);

    await user.click(generateButton());
    expect(fake.callsTo('jobs:submit')).toEqual([
      {
        action: 'text2video',
        model: 'kling-v3-omni',
        prompt: 'A <<<image_1>>>cat<<<video_1>>>',
        imageList: [{ imageUrl: url }],
        videoList: [
          {
            videoUrl: 'https://cdn.example.com/walk.mp4',
            referType: 'base',
            keepOriginalSound: 'yes',
          },
        ],
        clientRequestId: expect.any(String),
      },
    ]);
  });

  test('an invalid callback URL shows beside it and blocks Generate', async () => {
    const { user } = renderComposer();
    const form = composer();
    await user.type(within(form).getByLabelText('Prompt'), 'Snow');
    expect(isBlocked(generateButton())).toBe(false);
    await user.click(within(form).getByText('Advanced'));
    const callback = within(form).getByLabelText('Callback URL');
    await user.type(callback, 'http://example.com/hook');
    expect(descriptionOf(callback)).toContain('The callback URL must be an https:// address');
    expect(isBlocked(generateButton())).toBe(true);
  });
});
