import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { Clip } from '../../shared/domain';
import { deferred } from './fake-kling';
import { clip, project } from './fixtures';
import { renderApp } from './render-app';

const projects = [
  project({ id: 'p1', name: 'Holiday', clipCount: 1 }),
  project({ id: 'p2', name: 'Ads', clipCount: 1 }),
];
const clipsByProject: Record<string, Clip[]> = {
  p1: [clip({ projectId: 'p1', prompt: 'Beach sunset' })],
  p2: [clip({ projectId: 'p2', prompt: 'Shoe commercial' })],
};

describe('Projects', () => {
  test('opens the first project, and selecting another loads its clips', async () => {
    const { fake, user } = renderApp({
      'projects:list': () => projects,
      'library:list': ({ projectId }) => clipsByProject[projectId] ?? [],
    });
    const nav = screen.getByRole('navigation', { name: 'Projects' });
    const library = screen.getByRole('region', { name: 'Library' });
    await within(library).findByRole('button', { name: 'Play clip: Beach sunset' });
    expect(within(nav).getByRole('button', { name: 'Holiday' }).getAttribute('aria-current')).toBe(
      'page',
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
    expect(fake.callsTo('library:list')).toEqual([{ projectId: 'p1' }, { projectId: 'p2' }]);
  });

  test('a slow answer for a project the user left does not replace the open one', async () => {
    const slow = deferred<Clip[]>();
    const { user } = renderApp({
      'projects:list': () => projects,
      'library:list': ({ projectId }) =>
        projectId === 'p1' ? slow.promise : (clipsByProject[projectId] ?? []),
    });
    const nav = screen.getByRole('navigation', { name: 'Projects' });
    const library = screen.getByRole('region', { name: 'Library' });
    await user.click(await within(nav).findByRole('button', { name: 'Ads' }));
    await within(library).findByRole('button', { name: 'Play clip: Shoe commercial' });

    slow.resolve(clipsByProject.p1 ?? []);
    await slow.promise;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(within(library).queryByRole('button', { name: 'Play clip: Beach sunset' })).toBeNull();
    expect(
      within(library).getByRole('button', { name: 'Play clip: Shoe commercial' }),
    ).toBeTruthy();
  });
});
