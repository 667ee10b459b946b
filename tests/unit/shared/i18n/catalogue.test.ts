import { describe, expect, test } from 'vitest';
import { formatList, formatNumber, i18n, switchLanguage, t } from '../../../../shared/i18n';
import { NAMESPACES, resources } from '../../../../shared/i18n/resources';

type Tree = { [key: string]: string | Tree };

/** Every message as `path → text`, plural forms folded onto their base key. */
function flatten(tree: Tree, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      const base = path.replace(/_(zero|one|two|few|many|other)$/, '');
      out.set(base, [...(out.get(base) ?? []), value]);
    } else {
      for (const [inner, texts] of flatten(value, path)) out.set(inner, texts);
    }
  }
  return out;
}

const variables = (texts: string[]) =>
  [
    ...new Set(texts.flatMap((text) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]))),
  ].sort();

describe.each(NAMESPACES)('the "%s" messages', (namespace) => {
  const english = flatten(resources.en[namespace] as Tree);
  const chinese = flatten(resources['zh-CN'][namespace] as Tree);

  test('Chinese has exactly the messages English has', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  test('each translation fills in the same values as the original', () => {
    for (const [key, texts] of english) {
      expect({ key, variables: variables(chinese.get(key) ?? []) }).toEqual({
        key,
        variables: variables(texts),
      });
    }
  });

  test('no message is blank', () => {
    for (const [key, texts] of [...english, ...chinese]) {
      for (const text of texts) expect({ key, text: text.trim() }).not.toEqual({ key, text: '' });
    }
  });
});

describe('the translator', () => {
  test('plurals follow the language, numbers and lists are formatted for it', async () => {
    i18n.addResourceBundle('en', 'test', {
      clip_one: '{{count}} clip',
      clip_other: '{{count}} clips',
    });
    i18n.addResourceBundle('zh-CN', 'test', { clip_other: '{{count}} 个片段' });
    // A namespace made for this test only, so its keys are unknown to the compiler.
    const plural = (count: number) =>
      (i18n.t as (key: string, options: object) => string)('test:clip', { count });
    try {
      expect(plural(1)).toBe('1 clip');
      expect(plural(2)).toBe('2 clips');
      await switchLanguage('zh-CN');
      expect(plural(1)).toBe('1 个片段');
      expect(formatNumber(12345.5)).toBe('12,345.5');
      expect(formatList(['a', 'b', 'c'], 'disjunction')).toBe('a、b或c');
      expect(t('common:close')).toBe('关闭');
    } finally {
      await switchLanguage('en');
      i18n.removeResourceBundle('en', 'test');
      i18n.removeResourceBundle('zh-CN', 'test');
    }
    expect(t('common:close')).toBe('Close');
    expect(formatList(['a', 'b', 'c'], 'disjunction')).toBe('a, b, or c');
  });
});
