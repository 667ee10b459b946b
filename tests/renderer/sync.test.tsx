import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { AppError } from '../../shared/app-error';
import type { KlingApi } from '../../shared/bridge';
import { bridge } from '../../renderer/src/ipc/kling';
import { tokenStatus } from './fixtures';
import { renderApp } from './render-app';

describe('Connection to main', () => {
  test('loads token status, projects, jobs, the queue status, the endpoints, the language, the theme, presets and prices at start', async () => {
    const { fake } = renderApp();
    await waitFor(() =>
      expect(fake.calls.map((c) => c.channel).sort()).toEqual([
        'app:endpoints',
        'appearance:language',
        'appearance:theme',
        'jobs:list',
        'jobs:queueStatus',
        'making:presets',
        'making:pricing',
        'projects:list',
        'token:status',
      ]),
    );
  });

  test('token:changed updates the badge beside Settings', async () => {
    const { fake } = renderApp();
    await screen.findByText('No token');
    act(() =>
      fake.emit(
        'token:changed',
        tokenStatus({ hasToken: true, last4: 'k9k9', storage: 'keychain' }),
      ),
    );
    expect(screen.getByText('Token …k9k9')).toBeTruthy();
    const settings = screen.getByRole('button', { name: 'Settings' });
    expect(settings.getAttribute('aria-describedby')).toBe(screen.getByText('Token …k9k9').id);
  });

  test('stops listening when the window unmounts', () => {
    const { fake, unmount } = renderApp();
    expect(fake.listenerCount('jobs:changed')).toBe(1);
    expect(fake.listenerCount('jobs:queue')).toBe(1);
    expect(fake.listenerCount('library:changed')).toBe(1);
    expect(fake.listenerCount('token:changed')).toBe(1);
    unmount();
    expect(fake.listenerCount('jobs:changed')).toBe(0);
    expect(fake.listenerCount('jobs:queue')).toBe(0);
    expect(fake.listenerCount('library:changed')).toBe(0);
    expect(fake.listenerCount('token:changed')).toBe(0);
  });
});

/** A window.kling whose `token.status` answers with `answer`. */
function bridgeAnswering(answer: Promise<unknown>): void {
  window.kling = { token: { status: () => answer } } as unknown as KlingApi;
}

describe('bridge', () => {
  test('resolves with the value of an ok answer', async () => {
    bridgeAnswering(Promise.resolve({ ok: true, value: 42 }));
    await expect(bridge.token.status()).resolves.toBe(42);
  });

  test('throws an AppError with the code, message and trace id of a refusal', async () => {
    bridgeAnswering(
      Promise.resolve({
        ok: false as const,
        error: { code: 'no_token' as const, message: 'Add a token.', traceId: 't-1' },
      }),
    );
    const error = await bridge.token.status().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'no_token', message: 'Add a token.', traceId: 't-1' });
  });

  test('turns a broken bridge into an AppError meant for a person', async () => {
    bridgeAnswering(Promise.reject(new Error('ipc exploded')));
    const error = await bridge.token.status().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).not.toContain('exploded');
  });

  test('says the bridge is missing when the page runs outside the app', async () => {
    Reflect.deleteProperty(window, 'kling');
    expect(() => bridge.token.status()).toThrow(
      expect.objectContaining({ code: 'bridge_missing' }),
    );
  });
});
