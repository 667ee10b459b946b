import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openStudio, type Studio } from './studio';

/** The window's main controls by their names in one language. */
const NAMES = {
  en: {
    settings: 'Settings',
    language: 'Language',
    composer: 'Composer',
    prompt: 'Prompt',
    generate: 'Generate',
    library: 'Library',
    jobs: 'Jobs',
  },
  'zh-CN': {
    settings: '设置',
    language: '语言',
    composer: '创作面板',
    prompt: '提示词',
    generate: '生成',
    library: '视频库',
    jobs: '任务',
  },
} as const;

/** Waits until the window's main controls carry their names in `language`. */
async function expectWindowIn(page: Page, language: keyof typeof NAMES): Promise<void> {
  const names = NAMES[language];
  const composer = page.getByRole('form', { name: names.composer });
  await composer.getByRole('button', { name: names.generate, exact: true }).waitFor();
  await composer.getByLabel(names.prompt, { exact: true }).waitFor();
  await page.getByRole('button', { name: names.settings, exact: true }).waitFor();
  await page.getByRole('region', { name: names.library, exact: true }).waitFor();
  await page.getByRole('region', { name: names.jobs, exact: true }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
}

describe('the language switch, in Chromium', () => {
  let studio: Studio;

  beforeAll(async () => {
    studio = await openStudio();
  });

  afterAll(() => studio?.close());

  it(
    'Settings → 简体中文 redraws the window in Chinese, survives a reload, and English comes back',
    { timeout: 60_000 },
    async () => {
      const { page } = studio.app;
      await expectWindowIn(page, 'en');

      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Settings' });
      await dialog
        .getByRole('group', { name: 'Language' })
        .getByRole('radio', { name: '简体中文 (Simplified Chinese)' })
        .check();
      // The open dialog redraws at once, its own title included.
      const chinese = page.getByRole('dialog', { name: '设置' });
      await chinese.getByRole('group', { name: '语言' }).waitFor();
      await chinese.getByRole('button', { name: '关闭', exact: true }).click();
      await expectWindowIn(page, 'zh-CN');

      // Main keeps the choice: a fresh page asks for it and draws in Chinese again.
      await page.reload();
      await expectWindowIn(page, 'zh-CN');

      await page.getByRole('button', { name: '设置', exact: true }).click();
      await page
        .getByRole('dialog', { name: '设置' })
        .getByRole('group', { name: '语言' })
        .getByRole('radio', { name: 'English（英语）', exact: true })
        .check();
      await page
        .getByRole('dialog', { name: 'Settings' })
        .getByRole('button', { name: 'Close' })
        .click();
      await expectWindowIn(page, 'en');
    },
  );
});
