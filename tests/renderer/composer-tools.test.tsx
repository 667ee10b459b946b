import { act, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { useToolsStore } from '../../renderer/src/stores/tools-store';
import { composer, generateButton, isBlocked, renderComposer } from './composer-harness';
import { clip, job } from './fixtures';
import { linkedImage } from './linked-image';

const IMAGE = 'https://cdn.example.com/face.png';
const VIDEO = 'https://cdn.example.com/dance.mp4';
const UUID = expect.stringMatching(/^[0-9a-f-]{36}$/);

/** Addresses taken as given, each named by itself, as the tool tests expect to see it. */
function imageFromUrl() {
  return {
    'images:fromUrl': ({ url }: { url: string }) => linkedImage(url, { id: 'img_url', name: url }),
  };
}

async function chooseTool(user: ReturnType<typeof renderComposer>['user'], name: string) {
  await user.click(within(composer()).getByRole('radio', { name }));
}

/** The issue under a field, found through the control's own description. */
function issueOf(label: string | RegExp): string {
  const control = within(composer()).getByLabelText(label);
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ');
  return ids
    .filter((id) => id.endsWith('-issue'))
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('the composer in a tool mode', () => {
  test('offers motion control, lip-sync and talking photo beside the video actions, by keyboard', async () => {
    const { user } = renderComposer();
    const textToVideo = within(composer()).getByRole('radio', { name: 'Text to video' });
    textToVideo.focus();
    // One radio group: the arrow keys walk from the actions into the tools.
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(within(composer()).getByRole('radio', { name: 'Motion control' })).toHaveProperty(
      'checked',
      true,
    );
    expect(within(composer()).getByText('Character image')).toBeTruthy();
    expect(within(composer()).getByLabelText('Motion video URL')).toBeTruthy();
    await user.keyboard('{ArrowRight}');
    expect(within(composer()).getByLabelText('Text to speak')).toBeTruthy();
    await user.keyboard('{ArrowRight}');
    expect(within(composer()).getByText('Photo')).toBeTruthy();
    await user.click(within(composer()).getByRole('radio', { name: 'Text to video' }));
    expect(within(composer()).getByLabelText('Prompt')).toBeTruthy();
  });

  // Each row: the tool, what to type where, and the field whose issue must name the rule.
  const RULES: [
    tool: string,
    fill: [label: string, text: string][],
    field: string,
    rule: RegExp,
  ][] = [
    ['Motion control', [], 'Image URL', /Add the character image/],
    ['Motion control', [['Motion video URL', 'dance.mp4']], 'Motion video URL', /http\(s\) URL/],
    ['Lip-sync', [['Text to speak', 'Hi']], 'Video URL', /Choose the clip to lip-sync/],
    ['Lip-sync', [['Video URL', VIDEO]], 'Text to speak', /Write the words to speak/],
    [
      'Lip-sync',
      [['Text to speak', 'a'.repeat(121)]],
      'Text to speak',
      /121 characters, more than 120/,
    ],
    ['Talking photo', [], 'Text to speak', /Give the speech/],
    [
      'Talking photo',
      [['Text to speak', 'b'.repeat(121)]],
      'Text to speak',
      /121 characters, more than 120/,
    ],
  ];

  test.each(RULES)(
    '%s names the broken rule at its field (%#)',
    async (tool, fill, field, rule) => {
      const { user, fake } = renderComposer();
      await chooseTool(user, tool);
      for (const [label, text] of fill) {
        await user.click(within(composer()).getByLabelText(label));
        await user.paste(text);
      }
      expect(issueOf(field)).toMatch(rule);
      expect(isBlocked(generateButton())).toBe(true);
      await user.click(generateButton());
      expect(fake.callsTo('tools:submit')).toEqual([]);
    },
  );

  test('sends motion control with the image, video and every option chosen', async () => {
    const { user, fake } = renderComposer({
      ...imageFromUrl(),
      'tools:submit': () => job({ id: 'motion-job', action: 'motion', model: 'kling-v3' }),
    });
    await chooseTool(user, 'Motion control');
    const form = composer();
    await user.type(within(form).getByLabelText('Image URL'), IMAGE);
    await user.click(within(form).getByRole('button', { name: 'Use URL' }));
    await within(form).findByRole('button', { name: 'Remove character image' });
    await user.type(within(form).getByLabelText('Motion video URL'), VIDEO);
    await user.selectOptions(within(form).getByLabelText('Character faces'), 'video');
    await user.selectOptions(within(form).getByLabelText('Model'), 'kling-v3');
    await user.selectOptions(within(form).getByLabelText('Mode'), 'pro');
    await user.click(within(form).getByLabelText("Keep the motion video's sound"));
    await user.click(generateButton());
    expect(fake.callsTo('tools:submit')).toEqual([
      {
        tool: {
          tool: 'motion',
          imageUrl: IMAGE,
          videoUrl: VIDEO,
          characterOrientation: 'video',
          mode: 'pro',
          model: 'kling-v3',
          keepOriginalSound: false,
        },
        clientRequestId: UUID,
      },
    ]);
    const queue = screen.getByRole('region', { name: 'Jobs' });
    expect((await within(queue).findByRole('listitem')).textContent).toContain('Motion control');
  });

  test('lip-syncs a library clip by its id, and says when Kling cannot take the clip', async () => {
    const { user, fake } = renderComposer({
      'tools:submit': () => job({ id: 'lip-job', action: 'lip-sync', model: null }),
    });
    const long = clip({ id: 'clip_7s', videoId: 'v7', durationSec: 7, prompt: 'A walk' });
    act(() => useToolsStore.getState().startLipSync(long));
    const form = composer();
    expect(await within(form).findByText(/Lip-syncing: A walk/)).toBeTruthy();
    // Under the clip, and again in the list above Generate.
    expect(within(form).getAllByText(/lip-syncs clips of 5 or 10 s/)).toHaveLength(2);

    const fine = clip({
      id: 'clip_5s',
      projectId: 'trip',
      videoId: 'v5',
      durationSec: 5.041,
      createdAt: new Date().toISOString(),
    });
    act(() => useToolsStore.getState().startLipSync(fine));
    await user.click(await within(form).findByLabelText('Text to speak'));
    await user.paste('Hello there');
    await user.click(generateButton());
    expect(fake.callsTo('tools:submit')).toEqual([
      {
        tool: { tool: 'lip-sync', text: 'Hello there' },
        sourceClipId: 'clip_5s',
        projectId: 'trip',
        clientRequestId: UUID,
      },
    ]);
  });

  test('sends a talking photo speaking a recording for 10 s', async () => {
    const { user, fake } = renderComposer({
      ...imageFromUrl(),
      'tools:submit': () => job({ id: 'photo-job', action: 'talking-photo', model: null }),
    });
    await chooseTool(user, 'Talking photo');
    const form = composer();
    await user.type(within(form).getByLabelText('Image URL'), IMAGE);
    await user.click(within(form).getByRole('button', { name: 'Use URL' }));
    await within(form).findByRole('button', { name: 'Remove photo' });
    await user.click(within(form).getByRole('radio', { name: 'Recording' }));
    await user.type(within(form).getByLabelText('Audio URL'), 'https://cdn.example.com/hi.mp3');
    await user.selectOptions(within(form).getByLabelText('Duration'), '10');
    await user.click(generateButton());
    expect(fake.callsTo('tools:submit')).toEqual([
      {
        tool: {
          tool: 'talking-photo',
          imageUrl: IMAGE,
          audioUrl: 'https://cdn.example.com/hi.mp3',
          duration: 10,
        },
        clientRequestId: UUID,
      },
    ]);
  });
});
