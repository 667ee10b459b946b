import { act, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { CatalogItem } from '../../shared/catalog';
import { switchLanguage } from '../../shared/i18n';
import { deriveView } from '../../renderer/src/features/composer/composer-view';
import { selectInputs, useComposerStore } from '../../renderer/src/stores/composer-store';
import { renderComposer } from './composer-harness';
import { job } from './fixtures';

function chineseComposer(): HTMLElement {
  return screen.getByRole('form', { name: '创作面板' });
}

const ELEMENTS: CatalogItem[] = ['Red fox', 'Tin robot', 'Snow owl', 'Paper crane'].map(
  (name, index) => ({ id: `el_${index}`, name, source: 'preset', previewUrl: null }),
);

describe('the composer in Simplified Chinese', () => {
  test('is driven by its Chinese names and sends what was chosen', async () => {
    await switchLanguage('zh-CN');
    const { fake, user } = renderComposer({ 'jobs:submit': () => job() });
    const form = chineseComposer();
    expect(within(form).getByRole('heading', { name: '新建视频' })).toBeTruthy();
    expect(within(form).getByRole<HTMLInputElement>('radio', { name: '文生视频' }).checked).toBe(
      true,
    );
    for (const tool of ['动作控制', '对口型', '照片说话'])
      expect(within(form).getByRole('radio', { name: tool })).toBeTruthy();

    const prompt = within(form).getByLabelText('提示词');
    await user.type(prompt, 'A red fox');
    // The limit is over a thousand: grouped as the language writes numbers.
    expect(within(form).getByText('9 / 2,500')).toBeTruthy();

    await user.selectOptions(within(form).getByLabelText('模型'), 'kling-v2-6');
    const mode = within(form).getByLabelText<HTMLSelectElement>('模式');
    expect(Array.from(mode.options).map((option) => option.textContent)).toEqual([
      '标准',
      '高品质',
    ]);
    await user.selectOptions(mode, '高品质');
    const duration = within(form).getByLabelText<HTMLSelectElement>('时长');
    await user.selectOptions(duration, '10 秒');
    expect(duration.value).toBe('10');
    expect(within(form).getByLabelText('画面比例')).toBeTruthy();
    expect(within(form).getByLabelText('负向提示词')).toBeTruthy();

    await user.click(within(form).getByRole('button', { name: '生成' }));
    expect(fake.callsTo('jobs:submit')).toEqual([
      expect.objectContaining({
        action: 'text2video',
        prompt: 'A red fox',
        model: 'kling-v2-6',
        mode: 'pro',
        duration: 10,
      }),
    ]);
  });

  test('names the element limit with its count in English, then in Chinese after a switch', async () => {
    const { user } = renderComposer({
      'elements:list': () => ({ items: ELEMENTS, fetchedAt: null, problem: null }),
    });
    await user.selectOptions(screen.getByLabelText('Model'), 'kling-v3');
    const group = () => screen.getByRole('group', { name: /^(Elements|主体)$/ });
    await user.click(within(group()).getByRole('button', { name: 'Choose elements' }));
    for (const name of ['Red fox', 'Tin robot', 'Snow owl']) {
      await user.click(await within(group()).findByRole('button', { name: `Use element ${name}` }));
    }
    expect(within(group()).getByText('At most 3 elements in one video.')).toBeTruthy();

    await act(() => switchLanguage('zh-CN'));
    expect(within(group()).getByText('一个视频最多 3 个主体。')).toBeTruthy();
    expect(within(group()).getByText('尚未从 AceData 获取。')).toBeTruthy();
    expect(
      within(group()).getByRole<HTMLButtonElement>('button', { name: '使用主体 Paper crane' })
        .disabled,
    ).toBe(true);
    expect(within(group()).getByRole('button', { name: '移除主体 3' })).toBeTruthy();
  });

  test("rewords a field's reason on a language switch alone, and back", async () => {
    renderComposer();
    const reason = screen.getByText('kling-v3 has no voices');
    await act(() => switchLanguage('zh-CN'));
    expect(reason.textContent).toBe('不可用：kling-v3 不支持音色');
    await act(() => switchLanguage('en'));
    expect(reason.textContent).toBe('Not available: kling-v3 has no voices');
  });

  test('words a view in the language it is given, whatever the window is drawn in', () => {
    const inputs = selectInputs(useComposerStore.getState());
    expect(deriveView(inputs, 'zh-CN').availability.voiceList.reason).toBe('kling-v3 不支持音色');
    expect(deriveView(inputs, 'en').availability.voiceList.reason).toBe('kling-v3 has no voices');
  });
});
