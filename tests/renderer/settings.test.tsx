import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { useTokenStore } from '../../renderer/src/stores/token-store';
import { isShownModal } from './dialog-polyfill';
import { tokenStatus } from './fixtures';
import { renderApp } from './render-app';

async function openSettings(user: ReturnType<typeof renderApp>['user']) {
  await user.click(screen.getByRole('button', { name: 'Settings' }));
  return screen.getByRole('dialog', { name: 'Settings' });
}

describe('Settings dialog', () => {
  test('saves a token, shows only its last four characters and clears the input', async () => {
    const { fake, user } = renderApp({
      'token:save': ({ token }) =>
        tokenStatus({ hasToken: true, last4: token.slice(-4), storage: 'keychain' }),
    });
    const dialog = await openSettings(user);
    const input = within(dialog).getByLabelText<HTMLInputElement>('AceData API token');
    expect(input.type).toBe('password');
    expect(document.activeElement).toBe(input);

    await user.type(input, 'sk-very-secret-wxyz');
    await user.click(within(dialog).getByRole('button', { name: 'Save token' }));

    await within(dialog).findByText('Token saved in the system keychain, ending in …wxyz');
    expect(input.value).toBe('');
    expect(fake.callsTo('token:save')).toEqual([{ token: 'sk-very-secret-wxyz' }]);
    expect(document.body.textContent).not.toContain('very-secret');
    expect(JSON.stringify(useTokenStore.getState())).not.toContain('very-secret');
    expect(screen.getByText('Token …wxyz')).toBeTruthy();
  });

  test('shows the error main gives for a token that is too short', async () => {
    const { fake, user } = renderApp({ 'token:save': () => tokenStatus() });
    const dialog = await openSettings(user);
    await user.type(within(dialog).getByLabelText('AceData API token'), 'short');
    await user.click(within(dialog).getByRole('button', { name: 'Save token' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toMatch(/token: Too small/);
    expect(fake.callsTo('token:save')).toEqual([]);
  });

  test('shows a service error and its trace id', async () => {
    const { AppError } = await import('../../shared/app-error');
    const { user } = renderApp({
      'token:save': () => {
        throw new AppError('platform_token', 'This is a platform token.', 'trace-77');
      },
    });
    const dialog = await openSettings(user);
    await user.type(within(dialog).getByLabelText('AceData API token'), 'platform-abcdefgh');
    await user.click(within(dialog).getByRole('button', { name: 'Save token' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('This is a platform token.');
    expect(alert.textContent).toContain('Trace id: trace-77');
  });

  test('warns in an alert when the token is only kept in memory', async () => {
    const warning =
      'No system keychain answered, so your token is kept in memory for this session only.';
    const { user } = renderApp({
      'token:status': () =>
        tokenStatus({ hasToken: true, last4: 'abcd', storage: 'memory', warning }),
    });
    await waitFor(() => expect(useTokenStore.getState().status).not.toBeNull());
    const dialog = await openSettings(user);
    expect(within(dialog).getByRole('alert').textContent).toBe(warning);
    expect(within(dialog).getByText(/ending in …abcd/)).toBeTruthy();
  });

  test('says when the token comes from the environment and offers no Remove', async () => {
    const { user } = renderApp({
      'token:status': () => tokenStatus({ hasToken: true, last4: 'env1', storage: 'environment' }),
    });
    await waitFor(() => expect(useTokenStore.getState().status?.hasToken).toBe(true));
    const dialog = await openSettings(user);
    expect(within(dialog).getByText(/KLING_STUDIO_TOKEN environment variable/)).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Remove token' })).toBeNull();
  });

  test('removes a saved token', async () => {
    const { fake, user } = renderApp({
      'token:status': () => tokenStatus({ hasToken: true, last4: 'abcd', storage: 'keychain' }),
      'token:clear': () => tokenStatus(),
    });
    await waitFor(() => expect(useTokenStore.getState().status?.hasToken).toBe(true));
    const dialog = await openSettings(user);
    await user.click(within(dialog).getByRole('button', { name: 'Remove token' }));
    await within(dialog).findByText(/No token saved yet/);
    expect(fake.callsTo('token:clear')).toHaveLength(1);
    expect(within(dialog).queryByRole('button', { name: 'Remove token' })).toBeNull();
  });

  test('Close and Escape close it and give focus back to the Settings button', async () => {
    const { user } = renderApp();
    const settings = screen.getByRole('button', { name: 'Settings' });
    const dialog = await openSettings(user);
    expect(isShownModal(dialog)).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(settings);

    await openSettings(user);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(settings);
  });
});
