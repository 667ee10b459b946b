import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { AppError } from '../../shared/app-error';
import { clip, project } from './fixtures';
import { FakeLibrary, withGalleryViewport } from './library-main';
import { renderApp } from './render-app';

function library() {
  return screen.getByRole('region', { name: 'Library' });
}

describe('A clicked notification', () => {
  withGalleryViewport();

  test('opens its clip in the detail view, switching to the project it lives in', async () => {
    const main = new FakeLibrary(
      [project(), project({ id: 'archive', name: 'Archive' })],
      [
        clip({ id: 'here', prompt: 'In the open project' }),
        clip({ id: 'done', projectId: 'archive', prompt: 'The new video' }),
      ],
    );
    const { fake } = renderApp(main.handlers());
    await within(library()).findByRole('button', { name: 'Play clip: In the open project' });
    expect(within(library()).queryByRole('complementary', { name: 'Selected clip' })).toBeNull();

    act(() => fake.emit('library:openClip', { clipId: 'done' }));

    const detail = await within(library()).findByRole('complementary', { name: 'Selected clip' });
    expect(within(detail).getByText('The new video', { selector: '.detail-prompt' })).toBeTruthy();
    expect(fake.callsTo('library:get')).toContainEqual({ clipId: 'done' });
    const nav = screen.getByRole('navigation', { name: 'Projects' });
    await waitFor(() =>
      expect(
        within(nav).getByRole('button', { name: 'Archive' }).getAttribute('aria-current'),
      ).toBe('page'),
    );
  });

  test('for a clip deleted since, says so instead of opening nothing silently', async () => {
    const main = new FakeLibrary([project()], [clip({ id: 'here', prompt: 'Still here' })]);
    const { fake } = renderApp({
      ...main.handlers(),
      'library:get': () => {
        throw new AppError('clip_not_found', 'That clip is no longer in the library.');
      },
    });
    await within(library()).findByRole('button', { name: 'Play clip: Still here' });
    act(() => fake.emit('library:openClip', { clipId: 'gone' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'That clip is no longer in the library.',
    );
  });
});
