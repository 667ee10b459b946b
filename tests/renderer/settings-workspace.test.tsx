import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderApp } from './render-app';

describe('Settings: the workspace folder', () => {
  test('shows where projects live and changes it through main, then reloads the projects', async () => {
    let dir = '/home/me/Videos/Kling Studio';
    const { fake, user } = renderApp({
      'app:info': () => ({
        version: '1',
        apiBaseUrl: 'https://api.acedata.cloud',
        workspaceDir: dir,
      }),
      'settings:chooseWorkspace': () => {
        dir = '/mnt/big/Clips';
        return { workspaceDir: dir };
      },
    });
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    const dialog = screen.getByRole('dialog', { name: 'Settings' });
    const section = within(dialog).getByRole('region', { name: 'Workspace folder' });
    await within(section).findByText('/home/me/Videos/Kling Studio');
    const before = fake.callsTo('projects:list').length;
    await user.click(within(section).getByRole('button', { name: 'Change workspace folder…' }));
    await within(section).findByText('/mnt/big/Clips');
    expect(fake.callsTo('settings:chooseWorkspace')).toHaveLength(1);
    // The sidebar shows the projects, so their list is asked for again from the new folder.
    await waitFor(() => expect(fake.callsTo('projects:list').length).toBe(before + 1));
  });
});
