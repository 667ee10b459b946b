import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { clip, project } from './fixtures';
import { FakeLibrary, withGalleryViewport } from './library-main';
import { renderApp } from './render-app';

function library() {
  return screen.getByRole('region', { name: 'Library' });
}

function detail() {
  return within(library()).getByRole('complementary', { name: 'Selected clip' });
}

describe('Join this chain', () => {
  withGalleryViewport();

  test('picks the lineage root first and joins it in that order through finishing:stitch', async () => {
    const main = new FakeLibrary(
      [project()],
      [
        clip({ id: 'c3', prompt: 'Third: the landing', parentClipId: 'c2' }),
        clip({ id: 'c1', prompt: 'First: the take-off' }),
        clip({ id: 'c2', prompt: 'Second: the flight', parentClipId: 'c1' }),
        clip({ id: 'other', prompt: 'Unrelated' }),
      ],
    );
    const { fake, user } = renderApp({
      ...main.handlers(),
      'finishing:joinPlan': () => ({
        differs: null,
        width: 1280,
        height: 720,
        sound: false,
        soundDropped: false,
      }),
      'finishing:stitch': () => clip({ id: 'joined', prompt: 'joined', durationSec: 15 }),
    });
    await user.click(
      await within(library()).findByRole('button', { name: 'Play clip: Third: the landing' }),
    );
    await user.click(await within(detail()).findByRole('button', { name: 'Join this chain…' }));

    const dialog = await screen.findByRole('dialog', { name: 'Join 3 clips' });
    const order = within(dialog).getByRole('list', { name: 'Order of the clips' });
    expect(
      within(order)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.split('”')[0]),
    ).toEqual(['1. “First: the take-off', '2. “Second: the flight', '3. “Third: the landing']);
    // Each parent's record was read to walk up the chain.
    expect(fake.callsTo('library:get')).toEqual(
      expect.arrayContaining([{ clipId: 'c3' }, { clipId: 'c2' }]),
    );

    await user.click(within(dialog).getByRole('button', { name: 'Join' }));
    await waitFor(() =>
      expect(fake.callsTo('finishing:stitch')).toEqual([
        { projectId: 'default', clipIds: ['c1', 'c2', 'c3'] },
      ]),
    );
    await within(dialog).findByRole('button', { name: 'Open the joined clip' });
  });

  test('a clip made from nothing has no chain to join', async () => {
    const main = new FakeLibrary([project()], [clip({ id: 'c1', prompt: 'Alone' })]);
    const { user } = renderApp(main.handlers());
    await user.click(await within(library()).findByRole('button', { name: 'Play clip: Alone' }));
    await within(detail()).findByText('Parameters');
    expect(within(detail()).queryByRole('button', { name: 'Join this chain…' })).toBeNull();
  });
});
