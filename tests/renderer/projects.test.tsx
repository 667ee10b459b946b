import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { LibraryPage } from '../../shared/domain';
import { deferred } from './fake-kling';
import { clip, project } from './fixtures';
import { FakeLibrary, withGalleryViewport } from './library-main';
import { renderApp } from './render-app';

function projectsMain() {
  return new FakeLibrary(
    [project({ id: 'p1', name: 'Holiday' }), project({ id: 'p2', name: 'Ads' })],
    [
      clip({ projectId: 'p1', prompt: 'Beach sunset' }),
      clip({ projectId: 'p2', prompt: 'Shoe commercial' }),
    ],
  );
}

describe('Projects', () => {
  withGalleryViewport();

  test('opens the first project, and selecting another loads its clips', async () => {
    const { fake, user } = renderApp(projectsMain().handlers());
    const nav = screen.getByRole('navigation', { name: 'Projects' });
    const library = screen.getByRole('region', { name: 'Library' });
    await within(library).findByRole('button', { name: 'Play clip: Beach sunset' });
    const holiday = within(nav).getByRole('button', { name: 'Holiday' });
    expect(holiday.getAttribute('aria-current')).toBe('page');
    expect(holiday.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(holiday.getAttribute('aria-describedby')!)?.textContent).toBe(
      '1 clip',
    );

    await user.click(within(nav).getByRole('button', { name: 'Ads' }));
    await within(library).findByRole('button', { name: 'Play clip: Shoe commercial' });
    expect(within(library).queryByRole('button', { name: 'Play clip: Beach sunset' })).toBeNull();
    expect(within(nav).getByRole('button', { name: 'Ads' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(within(nav).getByRole('button', { name: 'Holiday' }).hasAttribute('aria-current')).toBe(
      false,
    );
    expect(
      fake.callsTo('library:query').map((q) => (q as { projectId: string }).projectId),
    ).toEqual(['p1', 'p2']);
  });

  test('a slow answer for a project the user left does not replace the open one', async () => {
    const main = projectsMain();
    const slow = deferred<LibraryPage>();
    const { user } = renderApp({
      ...main.handlers(),
      'library:query': (q) => (q.projectId === 'p1' ? slow.promise : main.query(q)),
    });
    const nav = screen.getByRole('navigation', { name: 'Projects' });
    const library = screen.getByRole('region', { name: 'Library' });
    await user.click(await within(nav).findByRole('button', { name: 'Ads' }));
    await within(library).findByRole('button', { name: 'Play clip: Shoe commercial' });

    slow.resolve(main.query({ projectId: 'p1', sort: 'newest', offset: 0, limit: 200 }));
    await slow.promise;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(within(library).queryByRole('button', { name: 'Play clip: Beach sunset' })).toBeNull();
    expect(
      within(library).getByRole('button', { name: 'Play clip: Shoe commercial' }),
    ).toBeTruthy();
  });
});
