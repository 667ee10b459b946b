import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { modelsFor } from '../../shared/capabilities';
import { ExtendButton } from '../../renderer/src/features/composer/ExtendButton';
import { composer, generateButton, isBlocked, renderComposer } from './composer-harness';
import { clip, job } from './fixtures';

const parent = clip({
  id: 'clip-parent',
  projectId: 'trip',
  model: 'kling-v2-5-turbo',
  prompt: 'A red kite climbing over the dunes',
  videoId: 'video_abc',
});

describe('Extend', () => {
  test('the button shows only on a clip Kling can continue', () => {
    const { rerender } = render(<ExtendButton clip={parent} />);
    expect(screen.getByRole('button', { name: 'Extend' })).toBeTruthy();
    rerender(<ExtendButton clip={{ ...parent, videoId: null }} />);
    expect(screen.queryByRole('button', { name: 'Extend' })).toBeNull();
    rerender(<ExtendButton clip={{ ...parent, status: 'missing' }} />);
    expect(screen.queryByRole('button', { name: 'Extend' })).toBeNull();
  });

  test('is off in the action switch until a clip is chosen, with the reason', () => {
    renderComposer();
    const radio = within(composer()).getByRole<HTMLInputElement>('radio', { name: 'Extend' });
    expect(radio.disabled).toBe(true);
    expect(
      document.getElementById(radio.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toContain('choose a clip in the library');
  });

  test('binds the composer to the clip, limits models and fields, and sends the parent id', async () => {
    const { fake, user } = renderComposer({ 'jobs:submit': () => job({ action: 'extend' }) });
    const form = composer();
    await user.selectOptions(within(form).getByLabelText('Model'), 'kling-v3');
    await user.selectOptions(within(form).getByLabelText('Aspect ratio'), '9:16');
    render(<ExtendButton clip={parent} />);
    await user.click(screen.getByRole('button', { name: 'Extend' }));

    expect(within(form).getByRole<HTMLInputElement>('radio', { name: 'Extend' }).checked).toBe(
      true,
    );
    expect(within(form).getByText(/^Extending: A red kite climbing/)).toBeTruthy();
    expect(document.activeElement).toBe(within(form).getByLabelText('Prompt'));
    const model = within(form).getByLabelText<HTMLSelectElement>('Model');
    expect(Array.from(model.options).map((o) => o.value)).toEqual(modelsFor('extend'));
    // The clip's own model continues it, when that model can extend.
    expect(model.value).toBe('kling-v2-5-turbo');
    for (const gone of ['Aspect ratio', 'Camera move', 'Generate audio']) {
      expect(within(form).queryByLabelText(gone)).toBeNull();
    }
    expect(within(form).queryByRole('group', { name: 'References' })).toBeNull();
    for (const kept of ['Prompt', 'Negative prompt', 'Mode', 'Duration', 'Cfg scale']) {
      expect(within(form).getByLabelText(kept)).toBeTruthy();
    }
    // A prompt is optional for an extension.
    expect(isBlocked(generateButton())).toBe(false);

    await user.type(within(form).getByLabelText('Prompt'), 'It loops back');
    await user.click(generateButton());
    expect(fake.callsTo('jobs:submit')).toEqual([
      {
        action: 'extend',
        model: 'kling-v2-5-turbo',
        prompt: 'It loops back',
        projectId: 'trip',
        parentClipId: 'clip-parent',
        clientRequestId: expect.any(String),
      },
    ]);
  });

  test('Cancel leaves extend mode and gives back the other fields and values', async () => {
    const { user } = renderComposer();
    const form = composer();
    await user.selectOptions(within(form).getByLabelText('Aspect ratio'), '1:1');
    render(<ExtendButton clip={{ ...parent, model: 'kling-v3' }} />);
    await user.click(screen.getByRole('button', { name: 'Extend' }));
    // kling-v3 cannot extend: the composer takes the newest model that can, not the oldest.
    expect(within(form).getByLabelText<HTMLSelectElement>('Model').value).toBe('kling-v2-5-turbo');

    await user.click(within(form).getByRole('button', { name: 'Cancel extend' }));
    expect(within(form).queryByText(/^Extending:/)).toBeNull();
    expect(
      within(form).getByRole<HTMLInputElement>('radio', { name: 'Text to video' }).checked,
    ).toBe(true);
    expect(within(form).getByLabelText<HTMLSelectElement>('Aspect ratio').value).toBe('1:1');
    expect(within(form).getByRole<HTMLInputElement>('radio', { name: 'Extend' }).disabled).toBe(
      true,
    );
  });
});
