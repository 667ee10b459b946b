import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { composer, renderComposer } from './composer-harness';

describe('the Generate button', () => {
  test('shows its Ctrl+Enter shortcut and announces it, its name still "Generate"', () => {
    renderComposer();
    const button = within(composer()).getByRole('button', { name: 'Generate' });
    expect(button.getAttribute('aria-keyshortcuts')).toBe('Control+Enter Meta+Enter');
    expect(button.textContent).toContain('Ctrl+Enter');
    expect(screen.getAllByRole('button', { name: 'Generate' })).toHaveLength(1);
  });
});
