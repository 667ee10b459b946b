import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { clip, project } from './fixtures';
import { FakeLibrary, withGalleryViewport } from './library-main';
import { renderApp } from './render-app';

// Main answers with the saved setting at start, so the window draws in Chinese from there on.
const chinese = {
  'appearance:language': () => ({ setting: 'zh-CN' as const, language: 'zh-CN' as const }),
};

function library() {
  return screen.getByRole('region', { name: '视频库' });
}

describe('the library in Simplified Chinese', () => {
  withGalleryViewport();

  test('names its search, filters, cards, viewer and clip details in Chinese', async () => {
    const main = new FakeLibrary(
      [project()],
      [
        clip({ id: 'c1', prompt: 'Dunes', sizeBytes: 3 * 1024 * 1024, rating: 3 }),
        clip({ id: 'c2', prompt: 'Talking', action: 'talking-photo', model: null }),
      ],
    );
    const { user } = renderApp({ ...main.handlers(), ...chinese });
    const play = await screen.findByRole('button', { name: '播放片段：Dunes' });
    const filters = within(library()).getByRole('search', { name: '搜索和筛选' });
    expect(within(filters).getByRole('searchbox', { name: '搜索提示词' })).toBeTruthy();
    const sort = within(filters).getByRole('combobox', { name: '排序' });
    expect(within(sort).getByRole('option', { name: '最新优先' })).toBeTruthy();
    const action = within(filters).getByRole('combobox', { name: '类型' });
    expect(within(action).getByRole('option', { name: '全部' })).toBeTruthy();
    expect(within(action).getByRole('option', { name: '文生视频' })).toBeTruthy();
    expect(within(filters).getByRole('checkbox', { name: '只看收藏' })).toBeTruthy();
    expect(within(library()).getByRole('button', { name: '收藏：Dunes' })).toBeTruthy();
    // A tool's clip says which tool made it, in the language drawn.
    const labels = within(library()).getAllByText('照片说话');
    expect(labels.map((label) => label.className)).toContain('clip-model');

    await user.click(play);
    const detail = within(library()).getByRole('complementary', { name: '选中的片段' });
    const viewer = within(detail).getByRole('group', { name: '播放器' });
    for (const name of ['上一个', '播放', '下一个', '全屏']) {
      expect(within(viewer).getByRole('button', { name })).toBeTruthy();
    }
    expect(within(detail).getByRole('button', { name: '关闭' })).toBeTruthy();
    expect(within(detail).getByRole('radio', { name: '不评分' })).toBeTruthy();
    expect(within(detail).getByRole('radio', { name: '3 星' })).toHaveProperty('checked', true);
    expect(within(detail).getByRole('textbox', { name: '备注' })).toBeTruthy();

    const file = await within(detail).findByRole('region', { name: '文件' });
    const facts = Object.fromEntries(
      within(file)
        .getAllByRole('term')
        .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );
    expect(facts['类型']).toBe('文生视频');
    expect(facts['大小']).toBe('3.0 MB');
    expect(facts['时长']).toBe('0:05');
    expect(facts['创建时间']).toMatch(/^2025年1月1日/);
    const parameters = within(detail).getByRole('region', { name: '参数' });
    const terms = within(parameters)
      .getAllByRole('term')
      .map((term) => term.textContent);
    expect(terms).toEqual(['提示词', '时长', '画面比例']);

    await user.click(within(detail).getByRole('button', { name: '删除…' }));
    const dialog = screen.getByRole('alertdialog', { name: '删除这个片段？' });
    expect(within(dialog).getByRole('button', { name: '移到回收站' })).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  test('an empty project explains in Chinese how to make a first video', async () => {
    const main = new FakeLibrary([project()]);
    renderApp({ ...main.handlers(), ...chinese });
    const region = await screen.findByRole('region', { name: '视频库' });
    expect(await within(region).findByText('这个项目还没有视频。')).toBeTruthy();
  });
});
