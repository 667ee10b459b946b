import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderApp } from './render-app';

describe('Landmarks and skip links', () => {
  test('every complementary and navigation landmark has a name; there is one main', async () => {
    renderApp();
    await screen.findByRole('form', { name: 'Composer' });
    const landmarks = [
      ...screen.getAllByRole('complementary'),
      ...screen.getAllByRole('navigation'),
    ];
    expect(landmarks.map((landmark) => landmark.getAttribute('aria-label'))).toEqual([
      'Make a video',
      'Skip links',
      'Projects',
    ]);
    expect(screen.getAllByRole('main')).toHaveLength(1);
  });

  test('the first two Tab stops skip to the composer and to the library, which take focus', async () => {
    const { user } = renderApp();
    await screen.findByRole('form', { name: 'Composer' });
    await user.tab();
    const toComposer = screen.getByRole('link', { name: 'Skip to the composer' });
    expect(document.activeElement).toBe(toComposer);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Skip to the library' }));

    for (const [name, target] of [
      ['Skip to the composer', 'Make a video'],
      ['Skip to the library', 'main'],
    ] as const) {
      const link = screen.getByRole('link', { name });
      const landmark = document.getElementById(link.getAttribute('href')!.slice(1));
      expect(target === 'main' ? landmark?.tagName : landmark?.getAttribute('aria-label')).toBe(
        target === 'main' ? 'MAIN' : target,
      );
      // Focusable by script (what following the link does), not a Tab stop of its own.
      expect(landmark?.tabIndex).toBe(-1);
    }
  });
});
