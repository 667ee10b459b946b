import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { ParsedRequestOf } from '../../shared/contract';
import type { Clip } from '../../shared/domain';
import { QUERY_DEBOUNCE_MS } from '../../renderer/src/stores/filter-slice';
import { clip, project } from './fixtures';
import { withGalleryViewport } from './library-main';
import { renderApp } from './render-app';

function library() {
  return screen.getByRole('region', { name: 'Library' });
}

const fox = clip({ prompt: 'A red fox in snow', model: 'kling-v2-6', tags: ['winter'] });
const whale = clip({ prompt: 'A blue whale', model: 'kling-v1', favourite: true });
const car = clip({ prompt: 'A red car at night', model: 'kling-v1' });

/** The filters of a query, without the project, sort and paging every query carries. */
function filtersOf(query: ParsedRequestOf<'library:query'>): string {
  const rest: Partial<ParsedRequestOf<'library:query'>> = { ...query };
  for (const key of ['projectId', 'sort', 'offset', 'limit'] as const) delete rest[key];
  return JSON.stringify(rest);
}

/**
 * What main answers, by the filters asked for. Main's own filtering is tested with main; here
 * the window is checked for what it sends and for showing what comes back.
 */
const answers: Record<string, Clip[]> = {
  [JSON.stringify({})]: [fox, whale, car],
  [JSON.stringify({ text: 'red' })]: [fox, car],
  [JSON.stringify({ models: ['kling-v2-6'] })]: [fox],
};

async function start() {
  const app = renderApp({
    'projects:list': () => [project({ clipCount: 3 })],
    'library:query': (query) => {
      const clips = answers[filtersOf(query)] ?? [];
      return { total: clips.length, clips, tags: ['winter'] };
    },
  });
  await within(library()).findByRole('button', { name: 'Play clip: A blue whale' });
  return app;
}

/** The last query the window sent, without the paging every query carries. */
function lastQuery(fake: ReturnType<typeof renderApp>['fake']) {
  const queries = fake.callsTo('library:query') as Record<string, unknown>[];
  const last = { ...queries[queries.length - 1] };
  delete last.offset;
  delete last.limit;
  return last;
}

describe('Library search, filters and sort', () => {
  withGalleryViewport();

  test('typing a search sends one query after the pause, and the grid narrows', async () => {
    const { fake, user } = await start();
    const before = fake.callsTo('library:query').length;
    await user.type(within(library()).getByRole('searchbox', { name: 'Search prompts' }), 'red');
    // Nothing is sent while the person is still typing.
    expect(fake.callsTo('library:query')).toHaveLength(before);
    await waitFor(() => expect(fake.callsTo('library:query')).toHaveLength(before + 1));
    expect(lastQuery(fake)).toEqual({ projectId: 'default', text: 'red', sort: 'newest' });
    await waitFor(() =>
      expect(
        within(library()).queryByRole('button', { name: 'Play clip: A blue whale' }),
      ).toBeNull(),
    );
    expect(
      within(library()).getByRole('button', { name: 'Play clip: A red car at night' }),
    ).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, QUERY_DEBOUNCE_MS * 2));
    expect(fake.callsTo('library:query')).toHaveLength(before + 1);
  });

  test('every filter and the sort order reach the query', async () => {
    const { fake, user } = await start();
    const region = library();
    await user.selectOptions(within(region).getByLabelText('Action'), 'extend');
    await user.selectOptions(within(region).getByLabelText('Model'), 'kling-v1');
    await user.selectOptions(within(region).getByLabelText('Mode'), 'pro');
    await user.selectOptions(within(region).getByLabelText('Status'), 'missing');
    await user.selectOptions(within(region).getByLabelText('Tag'), 'winter');
    await user.type(within(region).getByLabelText('From'), '2025-01-02');
    await user.type(within(region).getByLabelText('To'), '2025-01-31');
    await user.click(within(region).getByRole('checkbox', { name: 'Favourites only' }));
    await user.selectOptions(within(region).getByLabelText('Sort by'), 'rating');
    await waitFor(() =>
      expect(lastQuery(fake)).toEqual({
        projectId: 'default',
        actions: ['extend'],
        models: ['kling-v1'],
        modes: ['pro'],
        statuses: ['missing'],
        tags: ['winter'],
        from: '2025-01-02',
        to: '2025-01-31',
        favourite: true,
        sort: 'rating',
      }),
    );
  });

  test('a model filter narrows the grid, and "Any" brings everything back', async () => {
    const { fake, user } = await start();
    await user.selectOptions(within(library()).getByLabelText('Model'), 'kling-v2-6');
    await waitFor(() =>
      expect(
        within(library()).queryByRole('button', { name: 'Play clip: A blue whale' }),
      ).toBeNull(),
    );
    expect(
      within(library()).getByRole('button', { name: 'Play clip: A red fox in snow' }),
    ).toBeTruthy();
    const sent = fake.callsTo('library:query').length;
    await user.selectOptions(within(library()).getByLabelText('Model'), '');
    await within(library()).findByRole('button', { name: 'Play clip: A blue whale' });
    // The unfiltered page is still in the cache and nothing changed since: no new query.
    expect(fake.callsTo('library:query')).toHaveLength(sent);
  });

  test('no matches says so and offers to clear the filters', async () => {
    const { fake, user } = await start();
    await user.type(within(library()).getByRole('searchbox', { name: 'Search prompts' }), 'zebra');
    await user.click(within(library()).getByRole('checkbox', { name: 'Favourites only' }));
    await within(library()).findByText('No clips match these filters.');
    const sent = fake.callsTo('library:query').length;
    await user.click(within(library()).getByRole('button', { name: 'Clear filters' }));
    await within(library()).findByRole('button', { name: 'Play clip: A blue whale' });
    // Served from the cache: the unfiltered page was read at start and nothing changed since.
    expect(fake.callsTo('library:query')).toHaveLength(sent);
    expect(
      within(library()).getByRole<HTMLInputElement>('searchbox', { name: 'Search prompts' }).value,
    ).toBe('');
    expect(
      within(library()).getByRole<HTMLInputElement>('checkbox', { name: 'Favourites only' })
        .checked,
    ).toBe(false);
  });
});
