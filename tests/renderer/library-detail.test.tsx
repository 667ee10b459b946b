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

async function openClip(
  prompt: string,
  extra: ConstructorParameters<typeof FakeLibrary>[1] = [],
  defaults: Record<string, unknown> = {},
) {
  const main = new FakeLibrary(
    [project(), project({ id: 'archive', name: 'Archive' })],
    [clip({ id: 'c1', prompt, tags: ['keep'], rating: 2, note: 'first take' }), ...extra],
  );
  main.defaults = defaults;
  const app = renderApp(main.handlers());
  await app.user.click(
    await within(library()).findByRole('button', { name: `Play clip: ${prompt}` }),
  );
  await within(detail()).findByText('Parameters');
  return { main, ...app };
}

describe('Clip details', () => {
  withGalleryViewport();

  test('the star on a card toggles the favourite through library:update', async () => {
    const main = new FakeLibrary([project()], [clip({ id: 'c1', prompt: 'Dunes' })]);
    const { fake, user } = renderApp(main.handlers());
    const star = await within(library()).findByRole('button', { name: 'Favourite: Dunes' });
    expect(star.getAttribute('aria-pressed')).toBe('false');
    await user.click(star);
    expect(fake.callsTo('library:update')).toEqual([{ clipId: 'c1', favourite: true }]);
    await waitFor(() =>
      expect(
        within(library())
          .getByRole('button', { name: 'Favourite: Dunes' })
          .getAttribute('aria-pressed'),
      ).toBe('true'),
    );
    await user.click(within(library()).getByRole('button', { name: 'Favourite: Dunes' }));
    expect(fake.callsTo('library:update')).toEqual([
      { clipId: 'c1', favourite: true },
      { clipId: 'c1', favourite: false },
    ]);
  });

  test('shows every parameter as a definition list', async () => {
    await openClip('Harbour at dawn');
    const parameters = within(detail()).getByRole('region', { name: 'Parameters' });
    const terms = within(parameters)
      .getAllByRole('term')
      .map((t) => t.textContent);
    expect(terms).toEqual(['Prompt', 'Duration', 'Aspect ratio']);
    expect(
      within(parameters)
        .getAllByRole('definition')
        .map((d) => d.textContent),
    ).toEqual(['from the sidecar', '5 s', '16:9']);
    expect(within(detail()).getByText('a'.repeat(64))).toBeTruthy();
  });

  test("lists the provider's defaults after what was sent, each marked as a default", async () => {
    // `aspect_ratio` was sent, so its default is not shown a second time.
    await openClip('Harbour at dawn', [], {
      mode: 'std',
      aspect_ratio: '9:16',
      generate_audio: false,
    });
    const parameters = within(detail()).getByRole('region', { name: 'Parameters' });
    const rows = within(parameters)
      .getAllByRole('term')
      .map((term) => `${term.textContent}=${term.nextElementSibling?.textContent}`);
    expect(rows).toEqual([
      'Prompt=from the sidecar',
      'Duration=5 s',
      'Aspect ratio=16:9',
      'Mode=Standard (default)',
      'Generate audio=No (default)',
    ]);
  });

  test('tags: Enter adds one, its button removes it', async () => {
    const { fake, user } = await openClip('Tagged');
    await user.type(within(detail()).getByRole('combobox', { name: 'Add tag' }), 'client{Enter}');
    expect(fake.callsTo('library:update')).toEqual([{ clipId: 'c1', tags: ['keep', 'client'] }]);
    await within(detail()).findByRole('button', { name: 'Remove tag client' });
    expect(
      within(detail()).getByRole<HTMLInputElement>('combobox', { name: 'Add tag' }).value,
    ).toBe('');

    await user.click(within(detail()).getByRole('button', { name: 'Remove tag keep' }));
    expect(fake.callsTo('library:update').at(-1)).toEqual({ clipId: 'c1', tags: ['client'] });
    await waitFor(() =>
      expect(within(detail()).queryByRole('button', { name: 'Remove tag keep' })).toBeNull(),
    );
  });

  test('rating is a group of choices from none to five', async () => {
    const { fake, user } = await openClip('Rated');
    const rating = within(detail()).getByRole('group', { name: 'Rating' });
    expect(within(rating).getByRole<HTMLInputElement>('radio', { name: '2 stars' }).checked).toBe(
      true,
    );
    await user.click(within(rating).getByRole('radio', { name: '5 stars' }));
    expect(fake.callsTo('library:update')).toEqual([{ clipId: 'c1', rating: 5 }]);
    await waitFor(() =>
      expect(within(rating).getByRole<HTMLInputElement>('radio', { name: '5 stars' }).checked).toBe(
        true,
      ),
    );
    await user.click(within(rating).getByRole('radio', { name: 'No rating' }));
    expect(fake.callsTo('library:update').at(-1)).toEqual({ clipId: 'c1', rating: 0 });
  });

  test('the note is saved when the field is left, not on every keystroke', async () => {
    const { fake, user } = await openClip('Noted');
    const note = within(detail()).getByRole<HTMLTextAreaElement>('textbox', { name: 'Note' });
    expect(note.value).toBe('first take');
    await user.type(note, ', use the ending');
    expect(fake.callsTo('library:update')).toEqual([]);
    await user.tab();
    expect(fake.callsTo('library:update')).toEqual([
      { clipId: 'c1', note: 'first take, use the ending' },
    ]);
    // Leaving again without a change writes nothing.
    await user.click(note);
    await user.tab();
    expect(fake.callsTo('library:update')).toHaveLength(1);
  });

  test('"Extended from" opens the parent, even in another project, and "Made from this clip" lists its extensions', async () => {
    const parent = clip({ id: 'p1', projectId: 'archive', prompt: 'The original shot' });
    const sibling = clip({ id: 'c2', prompt: 'Another extension', parentClipId: 'p1' });
    const { fake, user } = await openClip('The extension', [parent, sibling]);
    // The clip opened was made independently; open the one extended from the archive.
    await user.click(
      within(library()).getByRole('button', { name: 'Play clip: Another extension' }),
    );
    const link = await within(detail()).findByRole('button', {
      name: 'Extended from: The original shot',
    });
    await user.click(link);

    const nav = screen.getByRole('navigation', { name: 'Projects' });
    await waitFor(() =>
      expect(
        within(nav).getByRole('button', { name: 'Archive' }).getAttribute('aria-current'),
      ).toBe('page'),
    );
    expect(fake.callsTo('library:get').at(-1)).toEqual({ clipId: 'p1' });
    expect(within(library()).getByLabelText('Clip player').getAttribute('src')).toBe(
      parent.mediaUrl,
    );
    const children = await within(detail()).findByRole('list', { name: 'Made from this clip' });
    expect(
      within(children).getByRole('button', { name: 'Extension: Another extension' }),
    ).toBeTruthy();
    await within(library()).findByRole('button', { name: 'Play clip: The original shot' });

    await user.click(
      within(children).getByRole('button', { name: 'Extension: Another extension' }),
    );
    await waitFor(() =>
      expect(
        within(nav).getByRole('button', { name: 'Default' }).getAttribute('aria-current'),
      ).toBe('page'),
    );
    await within(detail()).findByRole('button', { name: 'Extended from: The original shot' });
  });

  test('save a copy shows where it went; copy prompt and settings use the clipboard', async () => {
    const { main, fake, user } = await openClip('Copy me');
    fake.handle('library:saveCopy', () => ({
      path: '/home/me/Videos/copy-me.mp4',
      settingsInside: true,
    }));
    fake.handle('library:reveal', () => ({ ok: true }));
    await user.click(within(detail()).getByRole('button', { name: 'Save a copy…' }));
    await within(detail()).findByText(
      'Saved a copy to /home/me/Videos/copy-me.mp4, with its prompt and settings inside.',
    );
    await user.click(within(detail()).getByRole('button', { name: 'Show in folder' }));
    expect(fake.callsTo('library:reveal')).toEqual([{ clipId: 'c1' }]);

    await user.click(within(detail()).getByRole('button', { name: 'Copy prompt' }));
    expect(await navigator.clipboard.readText()).toBe('Copy me');
    await user.click(within(detail()).getByRole('button', { name: 'Copy settings' }));
    expect(JSON.parse(await navigator.clipboard.readText())).toEqual(main.parameters);
  });

  test('move to another project, and delete after confirming', async () => {
    const { fake, user, main } = await openClip('Mover');
    fake.handle('library:move', ({ clipId, projectId }) => {
      const moved = { ...main.clips.get(clipId)!, projectId };
      main.clips.set(clipId, moved);
      return moved;
    });
    fake.handle('library:delete', () => ({ deleted: true }));
    await user.selectOptions(within(detail()).getByLabelText('Move or copy to'), 'archive');
    await user.click(within(detail()).getByRole('button', { name: 'Move' }));
    expect(fake.callsTo('library:move')).toEqual([{ clipId: 'c1', projectId: 'archive' }]);
    await within(detail()).findByText('Moved to Archive.');

    await user.click(within(detail()).getByRole('button', { name: 'Delete…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete this clip?' });
    expect(dialog.textContent).toContain('system trash');
    await user.click(within(dialog).getByRole('button', { name: 'Move to trash' }));
    expect(fake.callsTo('library:delete')).toEqual([{ clipId: 'c1' }]);
    await waitFor(() =>
      expect(screen.queryByRole('complementary', { name: 'Selected clip' })).toBeNull(),
    );
  });

  test('exporting the project shows the path it was saved to', async () => {
    const main = new FakeLibrary([project()], [clip({ prompt: 'Exported' })]);
    const { fake, user } = renderApp({
      ...main.handlers(),
      'projects:export': ({ format }) => ({ path: `/data/exports/Default.${format}` }),
    });
    await within(library()).findByRole('button', { name: 'Play clip: Exported' });
    await user.click(within(library()).getByRole('button', { name: 'Export CSV' }));
    await within(library()).findByText('Exported to /data/exports/Default.csv');
    await user.click(within(library()).getByRole('button', { name: 'Export JSON' }));
    await within(library()).findByText('Exported to /data/exports/Default.json');
    expect(fake.callsTo('projects:export')).toEqual([
      { projectId: 'default', format: 'csv' },
      { projectId: 'default', format: 'json' },
    ]);
  });
});
