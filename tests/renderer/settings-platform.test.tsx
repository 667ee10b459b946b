import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { AppError } from '../../shared/app-error';
import { SettingsDialog } from '../../renderer/src/features/settings/SettingsDialog';
import { useTokenStore } from '../../renderer/src/stores/token-store';
import { tokenStatus } from './fixtures';
import { renderApp } from './render-app';

type Handlers = NonNullable<Parameters<typeof renderApp>[0]>;

const LABEL = 'AceData platform token (for image uploads)';

async function openSettings(handlers: Handlers) {
  const view = renderApp(handlers, <SettingsDialog />);
  await useTokenStore.getState().load();
  return { ...view, dialog: screen.getByRole('dialog', { name: 'Settings' }) };
}

describe('Settings: the platform token', () => {
  test('saves it, shows only its last four characters, and clears the input', async () => {
    const { fake, user, dialog } = await openSettings({
      'token:savePlatform': ({ token }) =>
        tokenStatus({
          hasToken: true,
          last4: 'abcd',
          storage: 'keychain',
          platform: { hasToken: true, last4: token.slice(-4) },
        }),
    });
    expect(within(dialog).getByText('No platform token saved.')).toBeTruthy();
    const input = within(dialog).getByLabelText<HTMLInputElement>(LABEL);
    expect(input.type).toBe('password');
    expect(within(dialog).getByText(/accepts\s+only this platform token/)).toBeTruthy();
    expect(input.getAttribute('aria-describedby')).toBeTruthy();

    await user.type(input, 'platform-secret-PL4T');
    await user.click(within(dialog).getByRole('button', { name: 'Save platform token' }));
    await within(dialog).findByText('Platform token saved, ending in …PL4T');
    expect(input.value).toBe('');
    expect(fake.callsTo('token:savePlatform')).toEqual([{ token: 'platform-secret-PL4T' }]);
    expect(document.body.textContent).not.toContain('platform-secret');
    expect(JSON.stringify(useTokenStore.getState())).not.toContain('platform-secret');
    // The API token's own field is untouched.
    expect(fake.callsTo('token:save')).toEqual([]);
  });

  test('removes it', async () => {
    const saved = tokenStatus({ platform: { hasToken: true, last4: 'PL4T' } });
    const { fake, user, dialog } = await openSettings({
      'token:status': () => saved,
      'token:clearPlatform': () => tokenStatus(),
    });
    await within(dialog).findByText('Platform token saved, ending in …PL4T');
    await user.click(within(dialog).getByRole('button', { name: 'Remove platform token' }));
    await within(dialog).findByText('No platform token saved.');
    expect(fake.callsTo('token:clearPlatform')).toHaveLength(1);
    expect(within(dialog).queryByRole('button', { name: 'Remove platform token' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText(LABEL)));
  });

  test('shows why main refused it', async () => {
    const { user, dialog } = await openSettings({
      'token:savePlatform': () => {
        throw new AppError('platform_token', 'This looks like an API token, not a platform token.');
      },
    });
    await user.type(within(dialog).getByLabelText(LABEL), 'sk-not-a-platform-token');
    await user.click(within(dialog).getByRole('button', { name: 'Save platform token' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('This looks like an API token, not a platform token.');
  });
});
