import { fireEvent, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import {
  composer,
  descriptionOf,
  generateButton,
  isBlocked,
  renderComposer,
} from './composer-harness';

const FOX = '🦊';

describe('Composer character counters', () => {
  test('a prompt of 2,490 letters and 10 emoji shows 2,500 / 2,500 and may be generated', () => {
    renderComposer();
    const form = composer();
    const prompt = within(form).getByLabelText('Prompt');
    fireEvent.change(prompt, { target: { value: 'p'.repeat(2490) + FOX.repeat(10) } });
    expect(within(form).getByText('2,500 / 2,500').className).not.toContain('counter-over');
    expect(isBlocked(generateButton())).toBe(false);

    fireEvent.change(prompt, { target: { value: 'p'.repeat(2490) + FOX.repeat(11) } });
    expect(within(form).getByText('2,501 / 2,500').className).toContain('counter-over');
    expect(descriptionOf(prompt)).toContain('The prompt has 2501 characters, more than 2500');
    expect(isBlocked(generateButton())).toBe(true);
  });

  test('a negative prompt of 195 letters and 5 emoji shows 200 / 200 and may be generated', () => {
    renderComposer();
    const form = composer();
    fireEvent.change(within(form).getByLabelText('Prompt'), { target: { value: 'A lake' } });
    const negative = within(form).getByLabelText('Negative prompt');
    fireEvent.change(negative, { target: { value: 'n'.repeat(195) + FOX.repeat(5) } });
    expect(within(form).getByText('200 / 200').className).not.toContain('counter-over');
    expect(isBlocked(generateButton())).toBe(false);

    fireEvent.change(negative, { target: { value: 'n'.repeat(195) + FOX.repeat(6) } });
    expect(within(form).getByText('201 / 200').className).toContain('counter-over');
    expect(isBlocked(generateButton())).toBe(true);
  });
});
