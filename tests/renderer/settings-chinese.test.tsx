import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { switchLanguage } from '../../shared/i18n';
import { SettingsDialog } from '../../renderer/src/features/settings/SettingsDialog';
import { useTokenStore } from '../../renderer/src/stores/token-store';
import { tokenStatus } from './fixtures';
import { renderApp } from './render-app';

const handlers = {
  'notices:sound': () => ({ sound: false }),
  'network:proxy': () => ({ mode: 'system' as const }),
  'appearance:theme': () => ({ theme: 'dark' as const }),
  'appearance:language': () => ({ setting: 'zh-CN' as const, language: 'zh-CN' as const }),
};

describe('Settings in Simplified Chinese', () => {
  test('names its sections, token fields and choices in Chinese', async () => {
    await switchLanguage('zh-CN');
    renderApp(handlers, <SettingsDialog />);
    const dialog = screen.getByRole('dialog', { name: '设置' });
    expect(within(dialog).getByLabelText('AceData API 令牌')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: '保存令牌' })).toBeTruthy();
    expect(within(dialog).getByLabelText('AceData 平台令牌（用于上传图片）')).toBeTruthy();
    expect(within(dialog).getByRole('heading', { name: '网络代理' })).toBeTruthy();
    expect(within(dialog).getByRole('radio', { name: '使用本机的代理设置' })).toBeTruthy();
    expect(
      within(dialog).getByRole('checkbox', { name: '视频完成或失败时播放提示音' }),
    ).toBeTruthy();
    const theme = within(dialog).getByRole('group', { name: '主题' });
    await waitFor(() =>
      expect(within(theme).getByRole('radio', { name: '深色' })).toHaveProperty('checked', true),
    );
    expect(within(dialog).getByRole('button', { name: '关闭' })).toBeTruthy();
  });

  test('says where the token is kept in the language of the moment', async () => {
    useTokenStore
      .getState()
      .setStatus(tokenStatus({ hasToken: true, last4: 'wxyz', storage: 'keychain' }));
    renderApp(handlers, <SettingsDialog />);
    await screen.findByText('Token saved in the system keychain, ending in …wxyz');
    const theme = screen.getByRole('group', { name: 'Theme' });
    expect(within(theme).getByRole('radio', { name: 'Dark' })).toBeTruthy();

    await act(() => switchLanguage('zh-CN'));
    expect(screen.getByText('令牌已保存在系统钥匙串中，末四位 …wxyz')).toBeTruthy();
    const switched = screen.getByRole('group', { name: '主题' });
    expect(within(switched).getByRole('radio', { name: '深色' })).toBeTruthy();
    expect(within(switched).getByRole('radio', { name: '跟随系统' })).toBeTruthy();
  });
});
