import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { currentLanguage, switchLanguage } from '../../shared/i18n';
import { project } from './fixtures';
import { renderApp } from './render-app';

const projects = () => [
  project({ id: 'p1', name: 'Holiday', clipCount: 1 }),
  project({ id: 'p2', name: 'Ads', clipCount: 1234, problems: ['broken.json', 'old.json'] }),
];

function nav(name: string) {
  return screen.getByRole('navigation', { name });
}

describe('the project list in either language', () => {
  test('English counts clips and set-aside files with plurals and grouped thousands', async () => {
    renderApp({ 'projects:list': projects });
    await within(nav('Projects')).findByRole('button', { name: 'Holiday' });
    expect(within(nav('Projects')).getByText('1 clip')).toBeTruthy();
    expect(within(nav('Projects')).getByText(/1,234 clips/)).toBeTruthy();
    expect(within(nav('Projects')).getByRole('button', { name: '2 files set aside' })).toBeTruthy();
  });

  test('Chinese names the list, its actions and its counts in Chinese', async () => {
    const { user } = renderApp({
      'projects:list': projects,
      'appearance:language': () => ({ setting: 'zh-CN', language: 'zh-CN' }),
    });
    const list = await screen.findByRole('navigation', { name: '项目' });
    await within(list).findByRole('button', { name: 'Holiday' });
    expect(within(list).getByText('1 个片段')).toBeTruthy();
    expect(within(list).getByText(/1,234 个片段/)).toBeTruthy();
    expect(within(list).getByRole('button', { name: '2 个文件已被搁置' })).toBeTruthy();
    expect(within(list).getByRole('button', { name: '打开文件夹…' })).toBeTruthy();

    await user.click(within(list).getByRole('button', { name: 'Holiday' }));
    const actions = within(list).getByRole('group', { name: '项目 Holiday' });
    expect(within(actions).getByRole('button', { name: '在文件夹中显示项目' })).toBeTruthy();
    await user.click(within(actions).getByRole('button', { name: '重命名项目' }));
    expect(within(list).getByRole('textbox', { name: 'Holiday 的新名称' })).toBeTruthy();
    expect(within(list).getByRole('button', { name: '重命名' })).toBeTruthy();
    await user.click(within(list).getByRole('button', { name: '取消' }));

    await user.click(within(list).getByRole('button', { name: '新建项目' }));
    expect(within(list).getByRole('textbox', { name: '新项目名称' })).toBeTruthy();
    expect(within(list).getByRole('button', { name: '创建' })).toBeTruthy();
  });

  test('asks main for the list again after a switch, so its delete question follows', async () => {
    // Main writes the question in its own language, which it switches before the window does.
    const deletion = () => ({
      action: 'trash' as const,
      title:
        currentLanguage() === 'zh-CN' ? '删除项目“Holiday”？' : 'Delete the project “Holiday”?',
      body: currentLanguage() === 'zh-CN' ? '移到系统回收站。' : 'Moves it to the system trash.',
      confirmLabel: currentLanguage() === 'zh-CN' ? '移到回收站' : 'Move to trash',
    });
    const { fake, user } = renderApp({
      'projects:list': () => [project({ id: 'p1', name: 'Holiday', deletion: deletion() })],
    });
    const list = await screen.findByRole('navigation', { name: 'Projects' });
    await user.click(await within(list).findByRole('button', { name: 'Holiday' }));
    const calls = fake.callsTo('projects:list').length;

    await act(() => switchLanguage('zh-CN'));
    await waitFor(() => expect(fake.callsTo('projects:list').length).toBe(calls + 1));
    const switched = screen.getByRole('navigation', { name: '项目' });
    await user.click(within(switched).getByRole('button', { name: '删除项目…' }));
    const dialog = await screen.findByRole('alertdialog', { name: '删除项目“Holiday”？' });
    expect(within(dialog).getByRole('button', { name: '移到回收站' })).toBeTruthy();
  });
});
