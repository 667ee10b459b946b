import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { KlingApi } from '../../shared/bridge';
import type { StagedVideo, VideoFileFacts } from '../../shared/capabilities/reference-video-file';
import { composer, generateButton, isBlocked, renderComposer } from './composer-harness';
import { job } from './fixtures';
import { linkedImage } from './linked-image';

const UPLOADED = 'https://cdn.example.com/up/dance.mp4';
const FACTS: VideoFileFacts = {
  container: 'mp4',
  durationSec: 12,
  fps: 30,
  width: 1280,
  height: 720,
  sizeBytes: 9 * 1024 * 1024,
};

/** What main "reads" from the chosen file: the test decides the facts. */
function answerDroppedVideos(facts: VideoFileFacts): void {
  const api = window.kling;
  const references = {
    ...api.references,
    addDroppedVideo: async (file: File) => {
      const video: StagedVideo = { id: 'vid_00000000000000aa', name: file.name, facts };
      return { ok: true as const, value: video };
    },
  };
  window.kling = { ...api, references } as KlingApi;
}

type Harness = ReturnType<typeof renderComposer>;

async function chooseFile({ user }: Harness, name: string) {
  await user.upload(
    within(composer()).getByLabelText(/^Or a video file from this computer/),
    new File([new Uint8Array(8)], name, { type: 'video/mp4' }),
  );
  await within(composer()).findByText(new RegExp(`^${name.replace('.', '\\.')}: MP4`));
}

async function publish({ user }: Harness) {
  await user.click(within(composer()).getByRole('button', { name: 'Upload and use this video' }));
  const dialog = screen.getByRole('alertdialog', { name: 'Publish this video?' });
  await user.click(within(dialog).getByRole('button', { name: 'Upload' }));
}

const problem = () => composer().querySelector('.local-video .field-issue')?.textContent ?? null;

describe('a local video for the tools', () => {
  test('motion control names the limit for the chosen facing, and sends the published URL with the file name', async () => {
    const harness = renderComposer({
      'images:consent': ({ accepted }) => ({ accepted: accepted ?? false }),
      'tools:uploadVideo': () => ({ url: UPLOADED }),
      'tools:submit': () => job({ id: 'motion-job', action: 'motion', model: 'kling-v2-6' }),
      'images:fromUrl': ({ url }) => linkedImage(url, { id: 'img_url', name: url }),
    });
    answerDroppedVideos(FACTS);
    const { user } = harness;
    await user.click(within(composer()).getByRole('radio', { name: 'Motion control' }));
    await chooseFile(harness, 'dance.mp4');
    // Facing as in the image, the motion video lasts at most 10 s.
    expect(problem()).toBe(
      'This video lasts 12 s; Motion control takes 3–10 s when the character faces as in the image: trim it.',
    );
    const upload = within(composer()).getByRole<HTMLButtonElement>('button', {
      name: 'Upload and use this video',
    });
    expect(upload.disabled).toBe(true);

    await user.selectOptions(within(composer()).getByLabelText('Character faces'), 'video');
    expect(problem()).toBe(null);
    await publish(harness);
    await expect
      .poll(() => within(composer()).getByLabelText<HTMLInputElement>('Motion video URL').value)
      .toBe(UPLOADED);
    expect(harness.fake.callsTo('tools:uploadVideo')).toEqual([
      { videoId: 'vid_00000000000000aa', use: { tool: 'motion', orientation: 'video' } },
    ]);
    expect(harness.fake.callsTo('images:consent')).toEqual([{ accepted: true }]);

    // Turned back to facing the image, the uploaded video no longer fits: said, and held back.
    await user.selectOptions(within(composer()).getByLabelText('Character faces'), 'image');
    expect(
      within(composer()).getAllByText(/when the character faces as in the image/).length,
    ).toBeGreaterThan(0);
    expect(isBlocked(generateButton())).toBe(true);
    await user.selectOptions(within(composer()).getByLabelText('Character faces'), 'video');
    await user.type(
      within(composer()).getByLabelText('Image URL'),
      'https://cdn.example.com/a.png',
    );
    await user.click(within(composer()).getByRole('button', { name: 'Use URL' }));
    await within(composer()).findByRole('button', { name: 'Remove character image' });
    await user.click(generateButton());
    expect(harness.fake.callsTo('tools:submit')).toEqual([
      expect.objectContaining({
        tool: expect.objectContaining({ videoUrl: UPLOADED, characterOrientation: 'video' }),
        fileNames: { video: 'dance.mp4' },
      }),
    ]);
  });

  test.each<[string, Partial<VideoFileFacts>, string | null]>([
    ['a 5 s video', { durationSec: 5 }, null],
    ['a 12 s video', {}, 'This video lasts 12 s; Lip-sync takes 2–10 s: trim it.'],
    [
      'a 150 MB video',
      { durationSec: 5, sizeBytes: 150 * 1024 * 1024 },
      'This video is 150.0 MB; Lip-sync takes at most 100.0 MB: shorten or compress it.',
    ],
  ])('lip-sync: %s is judged by its own limits', async (_, change, rule) => {
    const harness = renderComposer({
      'images:consent': ({ accepted }) => ({ accepted: accepted ?? false }),
      'tools:uploadVideo': () => ({ url: UPLOADED }),
    });
    answerDroppedVideos({ ...FACTS, ...change });
    await harness.user.click(within(composer()).getByRole('radio', { name: 'Lip-sync' }));
    await chooseFile(harness, 'face.mp4');
    expect(problem()).toBe(rule);
    if (rule !== null) return;
    await publish(harness);
    await expect
      .poll(() => within(composer()).getByLabelText<HTMLInputElement>('Video URL').value)
      .toBe(UPLOADED);
    expect(harness.fake.callsTo('tools:uploadVideo')).toEqual([
      { videoId: 'vid_00000000000000aa', use: { tool: 'lip-sync' } },
    ]);
    expect(within(composer()).getByText('Uploaded from face.mp4.')).toBeTruthy();
  });
});
