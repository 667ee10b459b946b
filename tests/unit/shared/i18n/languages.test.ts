import { describe, expect, test } from 'vitest';
import { resolveLanguage } from '../../../../shared/i18n/languages';

describe('resolveLanguage', () => {
  test.each([
    [['zh-CN'], 'zh-CN'],
    [['zh-Hans-CN', 'en-US'], 'zh-CN'],
    [['zh_TW'], 'zh-CN'],
    [['en-GB', 'zh-CN'], 'en'],
    [['fr-FR', 'zh-CN'], 'zh-CN'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
    [[' ZH-sg '], 'zh-CN'],
  ] as const)('"system" with %j draws in %s', (locales, expected) => {
    expect(resolveLanguage('system', locales)).toBe(expected);
  });

  test('a chosen language wins over the system', () => {
    expect(resolveLanguage('en', ['zh-CN'])).toBe('en');
    expect(resolveLanguage('zh-CN', ['en-US'])).toBe('zh-CN');
  });
});
