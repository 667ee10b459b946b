import { fireEvent, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { ModelId } from '../../shared/models';
import {
  composer,
  descriptionOf,
  generateButton,
  isBlocked,
  renderComposer,
} from './composer-harness';
import { job } from './fixtures';

type Harness = ReturnType<typeof renderComposer>;

async function customShots({ user }: Harness, model: ModelId = 'kling-v3', duration = '10') {
  const form = composer();
  await user.selectOptions(within(form).getByLabelText('Model'), model);
  await user.selectOptions(within(form).getByLabelText('Duration'), duration);
  await user.click(within(form).getByLabelText('Multi-shot storyboard'));
  await user.click(within(form).getByLabelText('Custom shots'));
  return within(form).getByRole('list', { name: 'Custom shots' });
}

function setShot(position: number, prompt: string | null, seconds: string | null): void {
  const form = composer();
  if (prompt !== null) {
    fireEvent.change(within(form).getByLabelText(`Shot ${position} prompt`), {
      target: { value: prompt },
    });
  }
  if (seconds !== null) {
    fireEvent.change(within(form).getByLabelText(`Shot ${position} seconds`), {
      target: { value: seconds },
    });
  }
}

function shotsIssue(): string {
  return (
    within(composer())
      .getByRole('list', { name: 'Custom shots' })
      .parentElement?.querySelector('.field-issue')?.textContent ?? ''
  );
}

describe('multi-shot storyboard in the composer', () => {
  test.each<[ModelId, string | null]>([
    ['kling-v1', 'kling-v1 takes no multi-shot storyboard'],
    ['kling-v2-6', 'kling-v2-6 takes no multi-shot storyboard'],
    ['kling-v3-turbo', 'kling-v3-turbo takes no multi-shot storyboard'],
    ['kling-o1', 'kling-o1 takes no multi-shot storyboard'],
    ['kling-v3', null],
    ['kling-v3-omni', null],
  ])('on %s the storyboard switch is offered or says why not', async (model, reason) => {
    const { user } = renderComposer();
    const form = composer();
    await user.selectOptions(within(form).getByLabelText('Model'), model);
    const toggle = within(form).getByLabelText<HTMLInputElement>('Multi-shot storyboard');
    expect(toggle.disabled).toBe(reason !== null);
    if (reason) expect(descriptionOf(toggle)).toContain(reason);
  });

  test('automatic shots send multi_shot with the intelligence type and the prompt', async () => {
    const harness = renderComposer({ 'jobs:submit': () => job() });
    const form = composer();
    await harness.user.selectOptions(within(form).getByLabelText('Model'), 'kling-v3');
    await harness.user.click(within(form).getByLabelText('Multi-shot storyboard'));
    await harness.user.type(within(form).getByLabelText('Prompt'), 'A chase over rooftops');
    await harness.user.click(generateButton());
    expect(harness.fake.callsTo('jobs:submit')).toEqual([
      expect.objectContaining({
        model: 'kling-v3',
        prompt: 'A chase over rooftops',
        multiShot: true,
        shotType: 'intelligence',
      }),
    ]);
    expect(harness.fake.callsTo('jobs:submit')[0]).not.toHaveProperty('multiPrompt');
  });

  test('three custom shots that add up to the duration are sent in order, numbered from 1', async () => {
    const harness = renderComposer({ 'jobs:submit': () => job() });
    await customShots(harness);
    const form = composer();
    // A fresh storyboard is one shot as long as the video.
    expect(within(form).getByLabelText<HTMLInputElement>('Shot 1 seconds').value).toBe('10');
    setShot(1, 'Wide: the harbour at dawn', '4');
    await harness.user.click(within(form).getByRole('button', { name: 'Add shot' }));
    // A new row takes the seconds still free.
    expect(within(form).getByLabelText<HTMLInputElement>('Shot 2 seconds').value).toBe('6');
    setShot(2, 'Close: a gull lands', '3');
    await harness.user.click(within(form).getByRole('button', { name: 'Add shot' }));
    setShot(3, 'The boat leaves', '3');
    expect(within(form).getByText('Total 10 s of 10 s')).toBeTruthy();
    expect(isBlocked(generateButton())).toBe(false);

    await harness.user.click(generateButton());
    expect(harness.fake.callsTo('jobs:submit')).toEqual([
      expect.objectContaining({
        model: 'kling-v3',
        duration: 10,
        multiShot: true,
        shotType: 'customize',
        multiPrompt: [
          { index: 1, prompt: 'Wide: the harbour at dawn', duration: 4 },
          { index: 2, prompt: 'Close: a gull lands', duration: 3 },
          { index: 3, prompt: 'The boat leaves', duration: 3 },
        ],
      }),
    ]);
  });

  const longest = 'a'.repeat(511) + '🌊';
  test.each<[string, string | null, string | null, string | RegExp | null]>([
    ['a shot without a prompt', '', '10', 'Shot 1 has no prompt: describe it'],
    ['512 characters, the last an emoji', longest, '10', null],
    [
      '513 characters',
      longest + '🌊',
      '10',
      'Shot 1 has 513 characters, more than 512: shorten it',
    ],
    ['half a second', 'Harbour', '9.5', /Shot 1 must last whole seconds/],
    ['no seconds at all', 'Harbour', '', /Shot 1 must last whole seconds, at least 1/],
    [
      'a total short of the duration',
      'Harbour',
      '7',
      'The shots add up to 7 s but the video is 10 s: make them add up to 10 s',
    ],
  ])('the rule is named beside the shots: %s', async (_, prompt, seconds, issue) => {
    const harness = renderComposer();
    await customShots(harness);
    setShot(1, prompt, seconds);
    if (issue === null) {
      expect(shotsIssue()).toBe('');
      expect(isBlocked(generateButton())).toBe(false);
    } else {
      expect(shotsIssue()).toMatch(issue);
      expect(isBlocked(generateButton())).toBe(true);
    }
  });

  test('the counter counts an emoji as one character, as the rule does', async () => {
    const harness = renderComposer();
    await customShots(harness);
    setShot(1, '🌊🌊 sea', null);
    const prompt = within(composer()).getByLabelText('Shot 1 prompt');
    expect(descriptionOf(prompt)).toBe('6 / 512');
  });

  test('rows are added up to six, removed down to one, and moved by keyboard with focus following', async () => {
    const harness = renderComposer();
    const { user } = harness;
    await customShots(harness);
    const form = composer();
    const add = within(form).getByRole<HTMLButtonElement>('button', { name: 'Add shot' });
    for (let i = 0; i < 5; i++) await user.click(add);
    expect(within(form).getAllByLabelText(/^Shot \d prompt$/)).toHaveLength(6);
    expect(add.disabled).toBe(true);

    setShot(1, 'first', null);
    setShot(2, 'second', null);
    const up = within(form).getByRole('button', { name: 'Move shot 2 up' });
    up.focus();
    await user.keyboard('{Enter}');
    expect(within(form).getByLabelText<HTMLTextAreaElement>('Shot 1 prompt').value).toBe('second');
    expect(within(form).getByLabelText<HTMLTextAreaElement>('Shot 2 prompt').value).toBe('first');
    // At the top "up" is off, so focus lands on the same row's "down".
    expect(document.activeElement).toBe(
      within(form).getByRole('button', { name: 'Move shot 1 down' }),
    );
    await user.keyboard('{Enter}');
    expect(within(form).getByLabelText<HTMLTextAreaElement>('Shot 2 prompt').value).toBe('second');
    expect(document.activeElement).toBe(
      within(form).getByRole('button', { name: 'Move shot 2 down' }),
    );

    for (let n = 6; n > 1; n--) {
      await user.click(within(form).getByRole('button', { name: `Remove shot ${n}` }));
    }
    expect(within(form).getAllByLabelText(/^Shot \d prompt$/)).toHaveLength(1);
    expect(
      within(form).getByRole<HTMLButtonElement>('button', { name: 'Remove shot 1' }).disabled,
    ).toBe(true);
  });
});
