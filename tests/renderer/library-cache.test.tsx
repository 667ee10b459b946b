import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { clip, project } from './fixtures';
import { FakeLibrary, withGalleryViewport } from './library-main';
import { renderApp } from './render-app';

function library() {
  return screen.getByRole('region', { name: 'Library' });
}

function sidebar() {
  return screen.getByRole('navigation', { name: 'Projects' });
}

describe('Library data through the query cache', () => {
  withGalleryViewport();

  test('a page seen before is served from the cache, and read again on library:changed', async () => {
    const main = new FakeLibrary(
      [project(), project({ id: 'trip', name: 'Trip' })],
      [clip({ id: 'a', prompt: 'Harbour at dawn' }), clip({ id: 't', projectId: 'trip' })],
    );
    const { fake, user } = renderApp(main.handlers());
    await within(library()).findByRole('button', { name: 'Play clip: Harbour at dawn' });
    const queriesOf = (projectId: string) =>
      fake
        .callsTo('library:query')
        .filter((q) => (q as { projectId: string }).projectId === projectId);
    expect(queriesOf('default')).toHaveLength(1);

    // Away and back: the first page shows at once from the cache, and main is not asked again.
    await user.click(within(sidebar()).getByRole('button', { name: 'Trip' }));
    await waitFor(() => expect(queriesOf('trip')).toHaveLength(1));
    await user.click(within(sidebar()).getByRole('button', { name: 'Default' }));
    expect(
      within(library()).getByRole('button', { name: 'Play clip: Harbour at dawn' }),
    ).toBeTruthy();
    expect(queriesOf('default')).toHaveLength(1);

    // Main says the project's files changed: the page on screen is asked for again, with the
    // same query, and the answer replaces it.
    main.clips.set('b', clip({ id: 'b', prompt: 'Gulls over the pier' }));
    await act(async () => fake.emit('library:changed', { projectId: 'default' }));
    await within(library()).findByRole('button', { name: 'Play clip: Gulls over the pier' });
    expect(queriesOf('default')).toHaveLength(2);
    expect(queriesOf('default')[1]).toEqual(queriesOf('default')[0]);
    // The project not on screen is only marked out of date, not read now.
    expect(queriesOf('trip')).toHaveLength(1);
  });

  test('an open clip record is read once, and again when its project changes', async () => {
    const main = new FakeLibrary([project()], [clip({ id: 'a', prompt: 'Harbour at dawn' })]);
    const { fake, user } = renderApp(main.handlers());
    const card = await within(library()).findByRole('button', {
      name: 'Play clip: Harbour at dawn',
    });
    await user.click(card);
    const detail = within(library()).getByRole('complementary', { name: 'Selected clip' });
    await within(detail).findByText('from the sidecar');
    expect(fake.callsTo('library:get')).toEqual([{ clipId: 'a' }]);

    main.parameters = { ...main.parameters, prompt: 'rewritten outside the app' };
    await act(async () => fake.emit('library:changed', { projectId: 'default' }));
    await within(detail).findByText('rewritten outside the app');
    expect(fake.callsTo('library:get')).toEqual([{ clipId: 'a' }, { clipId: 'a' }]);
  });
});
