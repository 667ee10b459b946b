import { afterEach, describe, expect, test } from 'vitest';
import {
  currentLanguage,
  formatList,
  inLanguage,
  switchLanguage,
  t,
} from '../../../../shared/i18n';
import { labelOf } from '../../../../shared/capabilities/fields';

afterEach(() => switchLanguage('en'));

describe('inLanguage', () => {
  test('words what it builds in the given language, not the one the process is in', () => {
    const built = inLanguage('zh-CN', () => ({
      language: currentLanguage(),
      label: labelOf('startImageUrl'),
      message: t('composer:form.title'),
      list: formatList(['a', 'b']),
    }));
    expect(built).toEqual({
      language: 'zh-CN',
      label: '首帧',
      message: '新建视频',
      list: 'a和b',
    });
    expect(currentLanguage()).toBe('en');
    expect(labelOf('startImageUrl')).toBe('start frame');
  });

  test('keeps words made in one language out of what another builds', async () => {
    // The rules' words are kept once made; each language must find its own.
    expect(inLanguage('en', () => labelOf('endImageUrl'))).toBe('end frame');
    expect(inLanguage('zh-CN', () => labelOf('endImageUrl'))).toBe('尾帧');
    await switchLanguage('zh-CN');
    expect(inLanguage('en', () => labelOf('endImageUrl'))).toBe('end frame');
    expect(labelOf('endImageUrl')).toBe('尾帧');
  });

  test('lets an inner call win and gives the outer language back after it, even on a throw', () => {
    const words = inLanguage('zh-CN', () => {
      const inner = inLanguage('en', () => labelOf('mode'));
      expect(() =>
        inLanguage('en', () => {
          throw new Error('no');
        }),
      ).toThrow('no');
      return [inner, labelOf('mode')];
    });
    expect(words).toEqual(['mode', '模式']);
    expect(currentLanguage()).toBe('en');
  });
});
