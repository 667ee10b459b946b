import { act, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { clip, job, project } from './fixtures';
import { renderApp } from './render-app';

const hostile = '<img src=x onerror=alert(1)>';

describe('Library', () => {
  test('shows clips and plays the selected one from the URL main gave', async () => {
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
    const { user } = renderApp({
      'projects:list': () => [project({ clipCount: 2 })],
      'library:list': () => [first, second],
    });
    const library = screen.getByRole('region', { name: 'Library' });
    await within(library).findByRole('button', { name: 'Play clip: Lighthouse in fog' });
    expect(within(library).queryByLabelText('Clip player')).toBeNull();

    await user.click(within(library).getByRole('button', { name: 'Play clip: City at night' }));
    const player = within(library).getByLabelText('Clip player');
    expect(player.tagName).toBe('VIDEO');
    expect(player.getAttribute('src')).toBe(second.mediaUrl);
    expect(player.hasAttribute('controls')).toBe(true);
    expect(library.textContent).toContain('3.0 MB');
    expect(library.textContent).toContain('0:10');
    expect(library.textContent).toContain('kling-v1-6');

    await user.click(within(library).getByRole('button', { name: 'Play clip: Lighthouse in fog' }));
    expect(within(library).getByLabelText('Clip player').getAttribute('src')).toBe(
      'kling-media://clip/c1',
    );
  });

  test('explains how to make a first video when a project is empty', async () => {
    renderApp({ 'projects:list': () => [project()] });
    const library = screen.getByRole('region', { name: 'Library' });
    await within(library).findByText(/No videos in this project yet/);
    expect(library.textContent).toMatch(/press Generate/);
  });

  test('renders a prompt with markup as plain text everywhere', async () => {
    const { container } = renderApp({
      'projects:list': () => [project()],
      'library:list': () => [clip({ prompt: hostile })],
      'jobs:list': () => [job({ prompt: hostile, state: 'ready' })],
    });
    const library = screen.getByRole('region', { name: 'Library' });
    const card = await within(library).findByRole('button', { name: `Play clip: ${hostile}` });
    await act(async () => card.click());
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(within(library).getAllByText(hostile).length).toBeGreaterThan(0);
    const queue = screen.getByRole('region', { name: 'Jobs' });
    expect(within(queue).getByText(hostile)).toBeTruthy();
  });

  test('reloads the open project on library:changed, and ignores other projects', async () => {
    let clips = [clip({ id: 'a', prompt: 'First' })];
    const { fake } = renderApp({
      'projects:list': () => [project(), project({ id: 'other', name: 'Other' })],
      'library:list': () => clips,
    });
    const library = screen.getByRole('region', { name: 'Library' });
    await within(library).findByRole('button', { name: 'Play clip: First' });
    const before = fake.callsTo('library:list').length;

    clips = [...clips, clip({ id: 'b', prompt: 'Second' })];
    await act(async () => fake.emit('library:changed', { projectId: 'other' }));
    expect(fake.callsTo('library:list')).toHaveLength(before);
    expect(within(library).queryByRole('button', { name: 'Play clip: Second' })).toBeNull();

    await act(async () => fake.emit('library:changed', { projectId: 'default' }));
    await within(library).findByRole('button', { name: 'Play clip: Second' });
  });
});
