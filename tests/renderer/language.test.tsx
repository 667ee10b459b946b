import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { SettingsDialog } from '../../renderer/src/features/settings/SettingsDialog';
import { renderApp } from './render-app';

const settingsHandlers = {
  'notices:sound': () => ({ sound: false }),
  'network:proxy': () => ({ mode: 'system' as const }),
  'appearance:theme': () => ({ theme: 'system' as const }),
};

describe('the language setting', () => {
  test('switches the window to Simplified Chinese at once and asks main to keep it', async () => {
    const { fake, user } = renderApp(
      {
        ...settingsHandlers,
        'appearance:language': () => ({ setting: 'system', language: 'en' }),
        'appearance:setLanguage': ({ setting }) => ({
          setting,
          language: setting === 'system' ? 'en' : setting,
        }),
      },
      <SettingsDialog />,
    );
    const group = await screen.findByRole('group', { name: 'Language' });
    const chinese = within(group).getByRole('radio', { name: '简体中文 (Simplified Chinese)' });
    await waitFor(() => expect(chinese).toHaveProperty('disabled', false));
    await user.click(chinese);
    await waitFor(() =>
      expect(fake.callsTo('appearance:setLanguage')).toEqual([{ setting: 'zh-CN' }]),
    );
    const switched = await screen.findByRole('group', { name: '语言' });
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(within(switched).getByRole('radio', { name: '简体中文' })).toHaveProperty(
      'checked',
      true,
    );
    await user.click(within(switched).getByRole('radio', { name: 'English（英语）' }));
    await screen.findByRole('group', { name: 'Language' });
    expect(document.documentElement.lang).toBe('en');
  });

  test('keeps the saved language and says so when the choice cannot be kept', async () => {
    const { user } = renderApp(
      {
        ...settingsHandlers,
        'appearance:language': () => ({ setting: 'en', language: 'en' }),
        'appearance:setLanguage': () => {
          throw new Error('disk full');
        },
      },
      <SettingsDialog />,
    );
    const group = await screen.findByRole('group', { name: 'Language' });
    const english = within(group).getByRole('radio', { name: 'English' });
    await waitFor(() => expect(english).toHaveProperty('checked', true));
    await user.click(within(group).getByRole('radio', { name: '简体中文 (Simplified Chinese)' }));
    await screen.findByRole('alert');
    expect(english).toHaveProperty('checked', true);
    expect(document.documentElement.lang).not.toBe('zh-CN');
  });
});
