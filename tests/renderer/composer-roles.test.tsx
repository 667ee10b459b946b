import { fireEvent, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import {
  addReferenceUrls,
  chooseModel,
  composer,
  descriptionOf,
  generateButton,
  isBlocked,
  renderComposer,
} from './composer-harness';
import { job } from './fixtures';
import { takesAddresses } from './linked-image';

type Harness = ReturnType<typeof renderComposer>;

function omniComposer(): Harness {
  return renderComposer({ ...takesAddresses, 'jobs:submit': () => job() });
}

async function addImages({ user }: Harness, count: number): Promise<void> {
  await chooseModel(user, 'kling-v3-omni');
  const urls = Array.from({ length: count }, (_, n) => `https://cdn.example.com/${n + 1}.png`);
  await addReferenceUrls(user, urls);
}

function setRole(position: number, label: string): void {
  const select = within(composer()).getByLabelText(`Role of reference image ${position}`);
  const option = within(select).getByRole<HTMLOptionElement>('option', { name: label });
  fireEvent.change(select, { target: { value: option.value } });
}

function imagesIssue(): string {
  const images = within(composer()).getByRole('region', { name: 'Reference images' });
  return images.querySelector('.field-issue')?.textContent ?? '';
}

function writePrompt(text: string): void {
  fireEvent.change(within(composer()).getByLabelText('Prompt'), { target: { value: text } });
}

describe('reference image roles and audio beside a reference video', () => {
  test('a first and an end frame are sent as each image type', async () => {
    const harness = omniComposer();
    await addImages(harness, 3);
    setRole(1, 'First frame');
    setRole(3, 'End frame');
    writePrompt('<<<image_1>>> turns into <<<image_3>>> past <<<image_2>>>');
    await harness.user.click(generateButton());
    expect(harness.fake.callsTo('jobs:submit')).toEqual([
      expect.objectContaining({
        imageList: [
          { imageUrl: 'https://cdn.example.com/1.png', type: 'first_frame' },
          { imageUrl: 'https://cdn.example.com/2.png' },
          { imageUrl: 'https://cdn.example.com/3.png', type: 'end_frame' },
        ],
      }),
    ]);
  });

  test.each<[string, [string, string], string | null, string | null]>([
    [
      'two first frames',
      ['First frame', 'First frame'],
      null,
      'Only one reference image can be the first frame',
    ],
    [
      'two end frames',
      ['End frame', 'End frame'],
      null,
      'Only one reference image can be the end frame',
    ],
    [
      'a frame beside a base video',
      ['First frame', 'Reference'],
      'base',
      'A base reference video sets the frames itself: make every image a plain reference',
    ],
    ['a frame beside a feature video', ['First frame', 'Reference'], 'feature', null],
  ])('%s: the rule is named beside the images', async (_, roles, video, issue) => {
    const harness = omniComposer();
    await addImages(harness, 2);
    roles.forEach((role, index) => setRole(index + 1, role));
    const form = composer();
    if (video) {
      fireEvent.change(within(form).getByLabelText('Reference video URL'), {
        target: { value: 'https://cdn.example.com/walk.mp4' },
      });
      fireEvent.change(within(form).getByLabelText('Refer type'), { target: { value: video } });
    }
    writePrompt('<<<image_1>>> <<<image_2>>> <<<video_1>>>');
    if (issue) {
      expect(imagesIssue()).toContain(issue);
      expect(isBlocked(generateButton())).toBe(true);
    } else {
      expect(imagesIssue()).toBe('');
      expect(isBlocked(generateButton())).toBe(false);
    }
  });

  test('a reference video turns generated audio off and says why; removing it brings it back', async () => {
    const harness = omniComposer();
    const { user, fake } = harness;
    await addImages(harness, 1);
    const form = composer();
    const audio = within(form).getByLabelText<HTMLInputElement>('Generate audio');
    await user.click(audio);
    expect(audio.checked).toBe(true);
    const videoUrl = within(form).getByLabelText('Reference video URL');
    fireEvent.change(videoUrl, { target: { value: 'https://cdn.example.com/walk.mp4' } });
    expect(audio.checked).toBe(false);
    expect(audio.disabled).toBe(true);
    expect(descriptionOf(audio)).toContain(
      'Audio is not generated when a reference video is given',
    );

    writePrompt('<<<image_1>>> in <<<video_1>>>');
    await user.click(generateButton());
    expect(fake.callsTo('jobs:submit')[0]).not.toHaveProperty('generateAudio');

    fireEvent.change(videoUrl, { target: { value: '' } });
    expect(audio.checked).toBe(true);
  });
});
