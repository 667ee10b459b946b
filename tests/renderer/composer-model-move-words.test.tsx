import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { ExtendButton } from '../../renderer/src/features/composer/ExtendButton';
import { applyLanguage } from '../../renderer/src/i18n/language';
import { composer, renderComposer } from './composer-harness';
import { clip } from './fixtures';

/** A clip made on a model that cannot extend, so extending it moves the composer to another. */
const parent = clip({
  id: 'clip-v3',
  projectId: 'trip',
  model: 'kling-v3',
  prompt: 'A lantern over the river',
  videoId: 'video_v3',
});

function announcement(): string {
  return composer().querySelector('.composer-announcement')?.textContent ?? '';
}

describe('the note of a model an action moved to', () => {
  test('names both models as people know them, in English and after a switch to Chinese', async () => {
    const { user } = renderComposer();
    await user.selectOptions(within(composer()).getByLabelText('Model'), 'kling-v3');
    render(<ExtendButton clip={parent} />);
    await user.click(screen.getByRole('button', { name: 'Extend' }));
    expect(announcement()).toBe('Model changed to Kling 2.5 Turbo: Kling 3.0 cannot do this');

    await act(() => applyLanguage('zh-CN'));
    expect(announcement()).toBe('模型已换成 Kling 2.5 Turbo：Kling 3.0 不支持此操作');
  });
});
