import { fireEvent, render } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { clipNeighbours } from '../../renderer/src/features/library/clip-neighbours';
import {
  useViewerKeys,
  type ViewerKeyActions,
} from '../../renderer/src/features/library/use-viewer-keys';
import { clip } from './fixtures';

function Keys({ actions }: { actions: ViewerKeyActions }) {
  useViewerKeys(actions);
  return (
    <div>
      <input aria-label="Tag" />
      <button type="button">Other</button>
      <input type="radio" aria-label="Star" />
    </div>
  );
}

function setUp() {
  const actions = {
    togglePlay: vi.fn(),
    previous: vi.fn(),
    next: vi.fn(),
    fullscreen: vi.fn(),
    close: vi.fn(),
  };
  const view = render(<Keys actions={actions} />);
  return { actions, ...view };
}

describe('the viewer keys', () => {
  test('Space, arrows, F and Escape act from the page', () => {
    const { actions } = setUp();
    for (const key of [' ', 'ArrowLeft', 'ArrowRight', 'f', 'Escape'])
      fireEvent.keyDown(document.body, { key });
    expect(actions.togglePlay).toHaveBeenCalledTimes(1);
    expect(actions.previous).toHaveBeenCalledTimes(1);
    expect(actions.next).toHaveBeenCalledTimes(1);
    expect(actions.fullscreen).toHaveBeenCalledTimes(1);
    expect(actions.close).toHaveBeenCalledTimes(1);
  });

  test('a text field, a focused button and a radio keep the keys they use', () => {
    const { actions, getByLabelText, getByRole } = setUp();
    for (const key of [' ', 'ArrowLeft', 'f', 'Escape'])
      fireEvent.keyDown(getByLabelText('Tag'), { key });
    fireEvent.keyDown(getByRole('button', { name: 'Other' }), { key: ' ' });
    fireEvent.keyDown(getByLabelText('Star'), { key: 'ArrowRight' });
    expect(Object.values(actions).every((action) => action.mock.calls.length === 0)).toBe(true);
    // Escape on the radio still closes the viewer.
    fireEvent.keyDown(getByLabelText('Star'), { key: 'Escape' });
    expect(actions.close).toHaveBeenCalledTimes(1);
  });

  test('keys with Ctrl or inside a dialog are left alone', () => {
    const { actions } = setUp();
    fireEvent.keyDown(document.body, { key: 'ArrowRight', ctrlKey: true });
    const dialog = document.createElement('dialog');
    const inside = document.createElement('button');
    dialog.append(inside);
    document.body.append(dialog);
    fireEvent.keyDown(inside, { key: 'Escape' });
    dialog.remove();
    expect(actions.next).not.toHaveBeenCalled();
    expect(actions.close).not.toHaveBeenCalled();
  });
});

describe('the clips either side of the open one', () => {
  test('crosses page boundaries and stops at the ends', () => {
    const [a, b, c] = [clip({ id: 'a' }), clip({ id: 'b' }), clip({ id: 'c' })];
    const pages = { 0: [a!, b!], 1: [c!] };
    expect(clipNeighbours(pages, 2, 'b')).toEqual({ previous: a, next: c });
    expect(clipNeighbours(pages, 2, 'a')).toEqual({ previous: null, next: b });
    expect(clipNeighbours(pages, 2, 'c')).toEqual({ previous: b, next: null });
    expect(clipNeighbours(pages, 2, 'gone')).toEqual({ previous: null, next: null });
  });

  test('a neighbour on a page not loaded yet is null', () => {
    const [a, b] = [clip({ id: 'a' }), clip({ id: 'b' })];
    expect(clipNeighbours({ 1: [b] }, 1, 'b')).toEqual({ previous: null, next: null });
    expect(clipNeighbours({ 0: [a] }, 1, 'a').next).toBeNull();
  });
});
