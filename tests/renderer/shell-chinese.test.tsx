import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { tokenStatus } from './fixtures';
import { renderApp } from './render-app';

describe('the window frame in Simplified Chinese', () => {
  test('names the top bar, the token, the skip links and the landmarks in Chinese', async () => {
    renderApp({
      'token:status': () => tokenStatus({ hasToken: true, last4: '9999' }),
      'appearance:language': () => ({ setting: 'zh-CN', language: 'zh-CN' }),
    });
    const settings = await screen.findByRole('button', { name: '设置' });
    const badge = await screen.findByText('令牌 …9999');
    expect(settings.getAttribute('aria-describedby')).toBe(badge.id);
    const skip = screen.getByRole('navigation', { name: '快速跳转' });
    expect(within(skip).getByRole('link', { name: '跳到创作面板' })).toBeTruthy();
    expect(within(skip).getByRole('link', { name: '跳到视频库' })).toBeTruthy();
    expect(screen.getByRole('complementary', { name: '制作视频' })).toBeTruthy();
  });

  test('says there is no token in Chinese', async () => {
    renderApp({ 'appearance:language': () => ({ setting: 'zh-CN', language: 'zh-CN' }) });
    expect(await screen.findByText('未设置令牌')).toBeTruthy();
  });
});
