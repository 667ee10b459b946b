import { act, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { ClipFacts } from '../../renderer/src/features/library/ClipFacts';
import { applyLanguage } from '../../renderer/src/i18n/language';
import { clipDetail } from './fixtures';
import { renderApp } from './render-app';

/** A clip sent with its model and prompt only: mode and sound were the provider's choice. */
function renderLeftOnDefaults() {
  const detail = clipDetail({
    model: 'kling-v3',
    mode: null,
    parameters: { action: 'text2video', model: 'kling-v3', prompt: 'A lantern' },
    defaults: { mode: 'std', generate_audio: false },
  });
  renderApp({}, <ClipFacts detail={detail} />);
}

/** "Term=definition" for each row of the section named `name`, or only those `terms`. */
function rowsOf(name: string, terms: readonly string[]): string[] {
  const section = screen.getByRole('region', { name });
  return within(section)
    .getAllByRole('term')
    .filter((term) => terms.includes(term.textContent ?? ''))
    .map((term) => `${term.textContent}=${term.nextElementSibling?.textContent}`);
}

describe('a clip’s facts', () => {
  test('word a switch as Yes/No and a model by its name with its id beside it', () => {
    renderLeftOnDefaults();
    expect(rowsOf('Parameters', ['Model', 'Generate audio'])).toEqual([
      'Model=Kling 3.0 kling-v3',
      'Generate audio=No (default)',
    ]);
  });

  test('in the File section, agree with the parameters on the model and the effective mode', () => {
    renderLeftOnDefaults();
    expect(rowsOf('File', ['Model', 'Mode'])).toEqual([
      'Model=Kling 3.0 kling-v3',
      'Mode=Standard (default)',
    ]);
  });

  test('say the same in Chinese', async () => {
    renderLeftOnDefaults();
    await act(() => applyLanguage('zh-CN'));
    expect(rowsOf('参数', ['模型', '生成音频'])).toEqual([
      '模型=Kling 3.0 kling-v3',
      '生成音频=否（默认）',
    ]);
    expect(rowsOf('文件', ['模型', '模式'])).toEqual([
      '模型=Kling 3.0 kling-v3',
      '模式=标准（默认）',
    ]);
  });
});
