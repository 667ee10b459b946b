import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import type { Clip } from '../../shared/domain';
import { posterQueue } from '../../renderer/src/features/library/poster-queue';
import { PAGE_SIZE } from '../../renderer/src/query/library-queries';
import { deferred } from './fake-kling';
import { clip, project } from './fixtures';
import { FakeLibrary, withGalleryViewport } from './library-main';
import { renderApp } from './render-app';

const JPEG = 'data:image/jpeg;base64,/9j/4AAQSkZJRg==';

function library() {
  return screen.getByRole('region', { name: 'Library' });
}

function cards() {
  return within(library()).queryAllByRole('button', { name: /^Play clip: / });
}

function manyClips(count: number): Clip[] {
  return Array.from({ length: count }, (_, i) => clip({ id: `n${i}`, prompt: `Clip number ${i}` }));
}

function scrollGallery(top: number) {
  const scroller = document.querySelector<HTMLElement>('.gallery-scroll');
  if (!scroller) throw new Error('no gallery');
  Object.defineProperty(scroller, 'scrollTop', { configurable: true, value: top });
  act(() => void scroller.dispatchEvent(new Event('scroll')));
}

describe('Gallery', () => {
  withGalleryViewport(1000, 800);

  test('renders only a window of cards for 10,000 clips, and pages in more as it scrolls', async () => {
    const main = new FakeLibrary([project()], manyClips(10_000));
    const { fake } = renderApp(main.handlers());
    await within(library()).findByRole('button', { name: 'Play clip: Clip number 0' });
    const list = within(library()).getByRole('list', { name: 'Clips' });
    expect(cards().length).toBeGreaterThan(4);
    expect(cards().length).toBeLessThanOrEqual(100);
    expect(within(list).getAllByRole('listitem')[0]?.getAttribute('aria-setsize')).toBe('10000');
    // The scroll height stands for every clip, not only those loaded.
    expect(parseFloat(list.style.height)).toBeGreaterThan((10_000 / 6) * 150);
    // Pages for the first screen and a little beyond, not the whole project.
    await waitFor(() => expect(fake.callsTo('library:query').length).toBeGreaterThan(1));
    const first = fake.callsTo('library:query') as { offset: number; limit: number }[];
    expect(first[0]).toEqual({ projectId: 'default', sort: 'newest', offset: 0, limit: PAGE_SIZE });
    expect(first.length).toBeLessThanOrEqual(3);
    expect(first.every((q) => q.limit === PAGE_SIZE && q.offset < 3 * PAGE_SIZE)).toBe(true);

    scrollGallery(parseFloat(list.style.height) / 2);
    await within(library()).findAllByRole('button', { name: /^Play clip: Clip number 5\d\d\d$/ });
    expect(cards().length).toBeLessThanOrEqual(100);
    expect(
      within(library()).queryByRole('button', { name: 'Play clip: Clip number 0' }),
    ).toBeNull();
    const offsets = fake
      .callsTo('library:query')
      .slice(first.length)
      .map((q) => (q as { offset: number }).offset);
    expect(offsets.length).toBeLessThanOrEqual(5);
    expect(offsets.every((offset) => offset >= 4_800 && offset <= 5_200)).toBe(true);
  });

  test('grabs a poster for each visible clip without one, one at a time, never for a missing file', async () => {
    const grabs: { url: string; done: ReturnType<typeof deferred<string>> }[] = [];
    posterQueue.reset(
      (url) => {
        const done = deferred<string>();
        grabs.push({ url, done });
        return done.promise;
      },
      () => true,
    );
    const main = new FakeLibrary(
      [project()],
      [
        clip({ id: 'a', prompt: 'Needs one', mediaUrl: 'kling-media://clip/a' }),
        clip({ id: 'b', prompt: 'Has one', posterUrl: 'kling-media://poster/b' }),
        clip({ id: 'c', prompt: 'File gone', status: 'missing', mediaUrl: 'kling-media://clip/c' }),
        clip({ id: 'd', prompt: 'Needs one too', mediaUrl: 'kling-media://clip/d' }),
      ],
    );
    const { fake } = renderApp({
      ...main.handlers(),
      'library:setPoster': ({ clipId }) => ({ posterUrl: `kling-media://poster/${clipId}` }),
    });
    await within(library()).findByRole('button', { name: 'Play clip: Needs one' });
    await waitFor(() => expect(grabs).toHaveLength(1));
    expect(grabs[0]?.url).toBe('kling-media://clip/a');

    await act(async () => grabs[0]?.done.resolve(JPEG));
    await waitFor(() => expect(grabs).toHaveLength(2));
    expect(fake.callsTo('library:setPoster')).toEqual([{ clipId: 'a', dataUrl: JPEG }]);
    const card = within(library()).getByRole('button', { name: 'Play clip: Needs one' });
    await waitFor(() =>
      expect(card.querySelector('img')?.getAttribute('src')).toBe('kling-media://poster/a'),
    );

    // A failure is silent: the placeholder stays, and nothing else is tried.
    await act(async () => grabs[1]?.done.reject(new Error('decode failed')));
    expect(grabs.map((g) => g.url)).toEqual(['kling-media://clip/a', 'kling-media://clip/d']);
    expect(screen.queryByRole('alert')).toBeNull();
    const other = within(library()).getByRole('button', { name: 'Play clip: Needs one too' });
    expect(other.querySelector('img')).toBeNull();
  });

  test('a fast fling shows placeholders for cards it flies past, and posters once it slows', async () => {
    const clips = manyClips(2_000).map((c) => ({
      ...c,
      posterUrl: `kling-media://poster/${c.id}`,
    }));
    renderApp(new FakeLibrary([project()], clips).handlers());
    const first = await within(library()).findByRole('button', {
      name: 'Play clip: Clip number 0',
    });
    expect(first.querySelector('img')).not.toBeNull();
    // The gallery judges speed by the clock; this one moves only when the test says so.
    let now = performance.now();
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
    try {
      for (const [top, later] of [
        [1_000, 110],
        [2_000, 110],
        [40_000, 10],
        [80_000, 0],
      ] as const) {
        scrollGallery(top);
        now += later;
      }
    } finally {
      clock.mockRestore();
    }
    const flown = await within(library()).findAllByRole('button', {
      name: /^Play clip: Clip number 1\d\d\d$/,
    });
    expect(flown.every((card) => card.querySelector('img') === null)).toBe(true);

    // Once the scroll has stopped, the cards on screen load their posters.
    await waitFor(() =>
      expect(flown.every((card) => card.querySelector('img') !== null)).toBe(true),
    );
  });
});
