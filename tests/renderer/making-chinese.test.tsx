import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { switchLanguage } from '../../shared/i18n';
import { BatchButton } from '../../renderer/src/features/making/BatchButton';
import { creditsText } from '../../renderer/src/features/making/credits';
import { SpendButton } from '../../renderer/src/features/making/SpendButton';
import { renderComposer } from './composer-harness';
import { job, project } from './fixtures';
import { renderApp } from './render-app';

/** The composer's prompt, found by its field name so the test does not hang on its label. */
function promptField(): HTMLTextAreaElement {
  const prompt = document.querySelector<HTMLTextAreaElement>('textarea[name="prompt"]');
  if (!prompt) throw new Error('no prompt field');
  return prompt;
}

describe('making in Simplified Chinese', () => {
  test('credits are counted in the language: one and many in English, one form in Chinese', async () => {
    expect(creditsText(1)).toBe('1 credit');
    expect(creditsText(1234)).toBe('1,234 credits');
    await switchLanguage('zh-CN');
    expect(creditsText(1)).toBe('1 积分');
    expect(creditsText(1234)).toBe('1,234 积分');
  });

  test('a batch of one says "video" in English', async () => {
    const { user } = renderApp({ 'jobs:submit': () => job() }, <BatchButton />);
    await user.click(screen.getByRole('button', { name: 'Batch…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Batch' });
    await user.click(within(dialog).getByLabelText('Prompts, one per line'));
    await user.paste('A lantern');
    await user.click(within(dialog).getByRole('button', { name: 'Check lines' }));
    expect(
      within(dialog).getByText(/^Cost of the batch: about \d+ credits for 1 video\.$/),
    ).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Queue 1 video' }));
    await within(dialog).findByText('1 video queued.');
  });

  test('the batch dialog names its controls, rows and counts in Chinese', async () => {
    await switchLanguage('zh-CN');
    const { fake, user } = renderApp({ 'jobs:submit': () => job() }, <BatchButton />);
    await user.click(screen.getByRole('button', { name: '批量…' }));
    const dialog = await screen.findByRole('dialog', { name: '批量生成' });
    await user.click(within(dialog).getByLabelText('提示词，每行一个'));
    await user.paste(`一盏灯笼\n${'x'.repeat(2600)}\n黄昏的港口`);
    await user.click(within(dialog).getByRole('button', { name: '检查各行' }));

    expect(within(dialog).getByText('来自上方各行：2 行可用，1 行未通过（已略过）。')).toBeTruthy();
    const refused = within(dialog).getByRole('list', { name: '未通过的行' });
    expect(within(refused).getByText(/^第 2 行（/)).toBeTruthy();
    expect(within(dialog).getByText(/^本批费用：2 个视频约 \d+ 积分。$/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: '将 2 个视频加入队列' }));
    await within(dialog).findByText('已将 2 个视频加入队列。');
    expect(fake.callsTo('jobs:submit')).toHaveLength(2);
    expect(within(dialog).getByRole('button', { name: '关闭' })).toBeTruthy();
  });

  test('beside the prompt: variants, cost, presets, history, and chips that write Chinese', async () => {
    await switchLanguage('zh-CN');
    const { user } = renderComposer();
    expect(screen.getByLabelText('变体')).toBeTruthy();
    expect(screen.getByText(/^约 \d+ 积分 · 粗略估算$/)).toBeTruthy();
    expect(screen.getByText('预设')).toBeTruthy();
    expect(screen.getByRole('button', { name: '提示词历史（Alt+↑）' })).toBeTruthy();

    const prompt = promptField();
    await user.type(prompt, '一只狐狸在雪中');
    prompt.setSelectionRange(4, 4);
    await user.click(screen.getByText('灵感'));
    await user.click(
      within(screen.getByRole('group', { name: '运镜' })).getByRole('button', { name: '缓慢推近' }),
    );
    expect(prompt.value).toBe('一只狐狸，缓慢推近在雪中');
  });

  test('spending is listed with Chinese headings and formatted figures', async () => {
    await switchLanguage('zh-CN');
    const { user } = renderApp(
      {
        'projects:list': () => [project({ id: 'p_trips', name: 'Trips' })],
        'making:pricing': () => ({ priceOverrides: {}, budget: { dailyCredits: 5000 } }),
        'making:spend': () => ({
          byDay: [{ day: '2026-11-29', credits: 1200 }],
          byProject: [{ projectId: 'p_trips', credits: 1200 }],
          today: 1200,
          billed: 35,
        }),
      },
      <SpendButton />,
    );
    await user.click(screen.getByRole('button', { name: '花费' }));
    const dialog = await screen.findByRole('dialog', { name: '花费' });
    await within(dialog).findByText(/^今日：约 1,200 积分，每日预算 5,000 积分。/);
    const days = within(dialog).getByRole('table', { name: '按天' });
    expect(
      within(days)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['日期积分', '2026年11月29日1,200']);
  });
});
