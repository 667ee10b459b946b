import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { DEFAULT_MODEL } from '../../shared/models';
import { SettingsDialog } from '../../renderer/src/features/settings/SettingsDialog';
import { project, tokenStatus } from './fixtures';
import { FakeLibrary, withGalleryViewport } from './library-main';
import { renderApp } from './render-app';

const withToken = {
  'token:status': () => tokenStatus({ hasToken: true, last4: 'abcd', storage: 'keychain' }),
} as const;

function twoProjects() {
  return new FakeLibrary(
    [project({ id: 'p1', name: 'Holiday' }), project({ id: 'p2', name: 'Ads' })],
    [],
  );
}

const modelSelect = () =>
  within(screen.getByRole('form', { name: 'Composer' })).getByLabelText<HTMLSelectElement>('Model');

describe('the first run', () => {
  withGalleryViewport();

  test('a first run starts on the newest general model, Kling 3.0', async () => {
    renderApp({ ...withToken, ...twoProjects().handlers() });
    await screen.findByRole('button', { name: 'Holiday' });
    expect(DEFAULT_MODEL).toBe('kling-v3');
    expect(modelSelect().value).toBe('kling-v3');
  });

  test('explains both tokens, what each is for and where to get them, before any is saved', async () => {
    const { fake, user } = renderApp({
      ...twoProjects().handlers(),
      'shell:openExternal': () => ({ opened: true }),
    });
    const intro = await screen.findByRole('region', { name: 'Before your first video' });
    expect(intro.textContent).toMatch(/API token.*sends your prompts to Kling/);
    expect(intro.textContent).toMatch(
      /Platform token.*image → video from a picture on this computer/,
    );
    expect(intro.textContent).toContain('platform.acedata.cloud');
    await user.click(within(intro).getByRole('button', { name: 'Open the AceData console' }));
    expect(fake.callsTo('shell:openExternal')).toEqual([{ url: 'https://platform.acedata.cloud' }]);
  });
});

describe('the theme setting', () => {
  test('applies the chosen theme at once and asks main to keep it', async () => {
    const { fake, user } = renderApp(
      {
        'notices:sound': () => ({ sound: false }),
        'network:proxy': () => ({ mode: 'system' }),
        'appearance:theme': () => ({ theme: 'system' }),
        'appearance:setTheme': ({ theme }) => ({ theme }),
      },
      <SettingsDialog />,
    );
    const group = await screen.findByRole('group', { name: 'Theme' });
    const dark = within(group).getByRole('radio', { name: 'Dark' });
    await waitFor(() => expect(dark).toHaveProperty('disabled', false));
    await user.click(dark);
    expect(document.documentElement.dataset['theme']).toBe('dark');
    await waitFor(() => expect(fake.callsTo('appearance:setTheme')).toEqual([{ theme: 'dark' }]));
    await user.click(within(group).getByRole('radio', { name: 'Same as the system' }));
    expect(document.documentElement.dataset['theme']).toBe('system');
  });

  test('goes back to the saved theme and says so when it cannot be kept', async () => {
    const { user } = renderApp(
      {
        'notices:sound': () => ({ sound: false }),
        'appearance:theme': () => ({ theme: 'light' }),
        'appearance:setTheme': () => {
          throw new Error('disk full');
        },
      },
      <SettingsDialog />,
    );
    const group = await screen.findByRole('group', { name: 'Theme' });
    const dark = within(group).getByRole('radio', { name: 'Dark' });
    await waitFor(() => expect(dark).toHaveProperty('disabled', false));
    await user.click(dark);
    await within(group).findByRole('alert');
    expect(document.documentElement.dataset['theme']).toBe('light');
    expect(within(group).getByRole<HTMLInputElement>('radio', { name: 'Light' }).checked).toBe(
      true,
    );
  });
});
