import { act, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { clip, job, project } from './fixtures';
import { FakeLibrary, withGalleryViewport } from './library-main';
import { renderApp } from './render-app';

const hostile = '<img src=x onerror=alert(1)>';

function library() {
  return screen.getByRole('region', { name: 'Library' });
}

describe('Library', () => {
  withGalleryViewport();

  test('shows clips and plays the opened one from the URL main gave', async () => {
    const first = clip({
      id: 'c1',
      prompt: 'Lighthouse in fog',
      mediaUrl: 'kling-media://clip/c1',
    });
    const second = clip({
      id: 'c2',
      prompt: 'City at night',
      sizeBytes: 3_145_728,
      durationSec: 10,
    });
    const main = new FakeLibrary([project()], [first, second]);
    const { user } = renderApp(main.handlers());
    await within(library()).findByRole('button', { name: 'Play clip: Lighthouse in fog' });
    expect(within(library()).queryByLabelText('Clip player')).toBeNull();

    await user.click(within(library()).getByRole('button', { name: 'Play clip: City at night' }));
    const player = within(library()).getByLabelText('Clip player');
    expect(player.tagName).toBe('VIDEO');
    expect(player.getAttribute('src')).toBe(second.mediaUrl);
    expect(player.hasAttribute('controls')).toBe(true);
    const detail = within(library()).getByRole('complementary', { name: 'Selected clip' });
    await within(detail).findByText('3.0 MB');
    expect(detail.textContent).toContain('0:10');
    expect(detail.textContent).toContain('kling-v1-6');

    await user.click(
      within(library()).getByRole('button', { name: 'Play clip: Lighthouse in fog' }),
    );
    expect(within(library()).getByLabelText('Clip player').getAttribute('src')).toBe(
      'kling-media://clip/c1',
    );
  });

  test('cards show the model, the duration and a badge when the video file is missing', async () => {
    const main = new FakeLibrary(
      [project()],
      [
        clip({ prompt: 'Gone', status: 'missing', durationSec: 7 }),
        clip({ prompt: 'Here', model: 'kling-v2-6' }),
      ],
    );
    renderApp(main.handlers());
    const gone = await within(library()).findByRole('button', { name: 'Play clip: Gone' });
    // The badge is drawn on the card and read as the button's description.
    expect(document.getElementById(gone.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Missing file',
    );
    const goneCard = gone.closest('.clip-card') as HTMLElement;
    expect(goneCard.textContent).toContain('0:07');
    const here = within(library()).getByRole('button', { name: 'Play clip: Here' });
    const hereCard = here.closest('.clip-card') as HTMLElement;
    expect(here.getAttribute('aria-describedby')).toBeNull();
    expect(within(hereCard).queryByText('Missing file')).toBeNull();
    expect(hereCard.textContent).toContain('Kling 2.6');
  });

  test('explains how to make a first video when a project is empty', async () => {
    renderApp(new FakeLibrary([project()]).handlers());
    await within(library()).findByText(/No videos in this project yet/);
    expect(library().textContent).toMatch(/press Generate/);
  });

  test('renders a prompt with markup as plain text everywhere', async () => {
    const main = new FakeLibrary([project()], [clip({ prompt: hostile })]);
    renderApp({
      ...main.handlers(),
      'jobs:list': () => [job({ prompt: hostile, state: 'ready' })],
    });
    const card = await within(library()).findByRole('button', { name: `Play clip: ${hostile}` });
    await act(async () => card.click());
    await within(library()).findByText('Parameters');
    expect(document.querySelector('img')).toBeNull();
    expect(within(library()).getAllByText(hostile).length).toBeGreaterThan(0);
    const queue = screen.getByRole('region', { name: 'Jobs' });
    expect(within(queue).getByText(hostile)).toBeTruthy();
  });

  test('asks again on library:changed for the open project, and ignores other projects', async () => {
    const main = new FakeLibrary(
      [project(), project({ id: 'other', name: 'Other' })],
      [clip({ id: 'a', prompt: 'First' })],
    );
    const { fake } = renderApp(main.handlers());
    await within(library()).findByRole('button', { name: 'Play clip: First' });
    const before = fake.callsTo('library:query').length;

    main.clips.set('b', clip({ id: 'b', prompt: 'Second' }));
    await act(async () => fake.emit('library:changed', { projectId: 'other' }));
    expect(fake.callsTo('library:query')).toHaveLength(before);
    expect(within(library()).queryByRole('button', { name: 'Play clip: Second' })).toBeNull();

    await act(async () => fake.emit('library:changed', { projectId: 'default' }));
    await within(library()).findByRole('button', { name: 'Play clip: Second' });
    // Still there while the new answer was on its way: no flash of an empty library.
    expect(within(library()).getByRole('button', { name: 'Play clip: First' })).toBeTruthy();
  });

  test('says when the window is offline, and that the library still works', async () => {
    renderApp(new FakeLibrary([project()], [clip({ prompt: 'Offline clip' })]).handlers());
    await within(library()).findByRole('button', { name: 'Play clip: Offline clip' });
    let onLine = true;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => onLine });
    try {
      expect(screen.queryByText(/^Offline — your library works/)).toBeNull();
      onLine = false;
      act(() => void window.dispatchEvent(new Event('offline')));
      expect(
        within(library()).getByText(
          "Offline — your library works; new videos will be sent when you're back online.",
        ),
      ).toBeTruthy();
      onLine = true;
      act(() => void window.dispatchEvent(new Event('online')));
      expect(screen.queryByText(/^Offline — your library works/)).toBeNull();
    } finally {
      Reflect.deleteProperty(navigator, 'onLine');
    }
  });
});
