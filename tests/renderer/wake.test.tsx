import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderApp } from './render-app';

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  act(() => void document.dispatchEvent(new Event('visibilitychange')));
}

async function ready() {
  const view = renderApp();
  await waitFor(() => expect(view.fake.callsTo('jobs:queueStatus')).toHaveLength(1));
  return view;
}

afterEach(() => {
  Reflect.deleteProperty(document, 'visibilityState');
  vi.useRealTimers();
});

describe('Waking main', () => {
  test('the network coming back wakes main, at most once per 10 s', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { fake } = await ready();
    expect(fake.callsTo('jobs:wake')).toHaveLength(0);

    act(() => void window.dispatchEvent(new Event('online')));
    expect(fake.callsTo('jobs:wake')).toEqual([{}]);
    vi.setSystemTime(Date.now() + 9_000);
    act(() => void window.dispatchEvent(new Event('online')));
    expect(fake.callsTo('jobs:wake')).toHaveLength(1);
    vi.setSystemTime(Date.now() + 1_500);
    act(() => void window.dispatchEvent(new Event('online')));
    expect(fake.callsTo('jobs:wake')).toHaveLength(2);
  });

  test('the window shown again after being hidden wakes main', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { fake } = await ready();
    setVisibility('visible');
    expect(fake.callsTo('jobs:wake')).toHaveLength(0);
    setVisibility('hidden');
    expect(fake.callsTo('jobs:wake')).toHaveLength(0);
    setVisibility('visible');
    expect(fake.callsTo('jobs:wake')).toHaveLength(1);

    // A quick hide and show again is throttled with the rest.
    setVisibility('hidden');
    setVisibility('visible');
    act(() => void window.dispatchEvent(new Event('online')));
    expect(fake.callsTo('jobs:wake')).toHaveLength(1);
  });

  test('stops listening when the window unmounts', async () => {
    const { fake, unmount } = await ready();
    unmount();
    act(() => void window.dispatchEvent(new Event('online')));
    expect(fake.callsTo('jobs:wake')).toHaveLength(0);
  });
});
