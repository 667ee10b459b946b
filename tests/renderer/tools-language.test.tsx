import { act, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { applyLanguage } from '../../renderer/src/i18n/language';
import { useToolsStore } from '../../renderer/src/stores/tools-store';
import { LipSyncButton } from '../../renderer/src/features/tools/LipSyncButton';
import { render } from '@testing-library/react';
import { composer, renderComposer } from './composer-harness';
import { clip } from './fixtures';

function optionsOf(label: string): string[] {
  const select = within(composer()).getByLabelText(label) as HTMLSelectElement;
  return Array.from(select.options).map((option) => option.text);
}

describe('the tool forms in Simplified Chinese', () => {
  test('motion control names its fields, choices and purpose in Chinese, and back in English', async () => {
    renderComposer();
    act(() => useToolsStore.getState().setMode('motion'));
    await act(() => applyLanguage('zh-CN'));

    const form = composer();
    expect(within(form).getByRole('region', { name: '角色图片' })).toBeTruthy();
    expect(within(form).getByText('必填')).toBeTruthy();
    const url = within(form).getByLabelText('动作视频链接');
    expect(url.getAttribute('placeholder')).toBe('https://… 要模仿其动作的视频');
    expect(optionsOf('角色朝向')).toEqual(['与图片一致', '与视频一致']);
    expect(optionsOf('模式')).toEqual(['标准', '高品质']);
    expect(optionsOf('模型')).toEqual(['kling-v2-6', 'kling-v3']);
    expect(within(form).getByRole('checkbox', { name: '保留动作视频的原声' })).toBeTruthy();
    expect(within(form).getByLabelText('提示词（选填）')).toBeTruthy();
    expect(within(form).getByText(/^动作控制：/)).toBeTruthy();

    // The same form redraws in English when the language is switched back.
    await act(() => applyLanguage('en'));
    expect(within(form).getByLabelText('Motion video URL')).toBe(url);
    expect(optionsOf('Mode')).toEqual(['Standard', 'Pro']);
  });

  test('talking photo offers text or a recording and its seconds in each language', async () => {
    const { user } = renderComposer();
    act(() => useToolsStore.getState().setMode('talking-photo'));
    expect(optionsOf('Duration')).toEqual(['5 s', '10 s']);

    await act(() => applyLanguage('zh-CN'));
    const form = composer();
    expect(within(form).getByRole('region', { name: '照片' })).toBeTruthy();
    const speech = within(form).getByRole('group', { name: '说话内容' });
    expect(within(speech).getByRole('radio', { name: '文本' })).toHaveProperty('checked', true);
    expect(within(form).getByLabelText('要说的文本')).toBeTruthy();
    await user.click(within(speech).getByRole('radio', { name: '录音' }));
    expect(within(form).getByLabelText('音频链接')).toBeTruthy();
    expect(optionsOf('时长')).toEqual(['5 秒', '10 秒']);
  });

  test('lip-sync over a library clip names the clip and the way back to a URL in Chinese', async () => {
    const { user } = renderComposer();
    await act(() => applyLanguage('zh-CN'));
    act(() =>
      useToolsStore
        .getState()
        .startLipSync(clip({ id: 'c1', videoId: 'v1', durationSec: 65, prompt: 'A walk' })),
    );
    const form = composer();
    expect(await within(form).findByText('对口型片段：A walk（1:05）')).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: '改用视频链接，不用此片段' }));
    expect(within(form).getByLabelText('视频链接')).toBeTruthy();
    expect(
      screen.getByText('要给视频库中的片段对口型，请打开该片段并点击它的“对口型”按钮。'),
    ).toBeTruthy();
  });

  test("a clip's 对口型 button lands on the text to speak in Chinese too", async () => {
    const { user } = renderComposer();
    await act(() => applyLanguage('zh-CN'));
    render(
      <LipSyncButton clip={clip({ id: 'c1', videoId: 'v1', durationSec: 5, prompt: 'A walk' })} />,
    );
    await user.click(screen.getByRole('button', { name: '对口型' }));
    expect(document.activeElement).toBe(within(composer()).getByLabelText('要说的文本'));
  });

  test('a control that does not apply says so in the language of the window', async () => {
    renderComposer();
    await act(() => applyLanguage('zh-CN'));
    // No clip is chosen, so Extend cannot be used: its reason is led by the translated words.
    const reason = within(composer())
      .getByText(/^要延长视频/)
      .closest('p');
    expect(reason?.textContent).toMatch(/^不可用：要延长视频/);
  });

  test("what Generate still needs is reworded by a switch, in the composer and in a tool's form", async () => {
    const { user } = renderComposer();
    expect(await screen.findByText(/Write a prompt: text-to-video starts from one/)).toBeTruthy();
    await act(() => applyLanguage('zh-CN'));
    expect(await screen.findByText(/请填写提示词：文生视频需要提示词/)).toBeTruthy();
    expect(screen.queryByText(/Write a prompt/)).toBeNull();

    await user.click(within(composer()).getByRole('radio', { name: '照片说话' }));
    expect((await screen.findAllByText(/请添加照片：/)).length).toBeGreaterThan(0);
    await act(() => applyLanguage('en'));
    expect((await screen.findAllByText(/Add the photo: choose a file/)).length).toBeGreaterThan(0);
    expect(screen.queryByText(/请添加照片/)).toBeNull();
  });
});
