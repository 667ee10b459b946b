import { describe, expect, it } from 'vitest';
import { characterCount } from '../../../shared/text-length';

describe('characterCount', () => {
  it.each([
    ['an empty text', '', 0],
    ['plain letters', 'A red fox', 9],
    ['an emoji outside the BMP as one character', '🦊', 1],
    ['letters and emoji mixed', 'fox 🦊 in 🌧', 10],
    ['accented letters written as one code point', 'café', 4],
    ['a lone surrogate as one character', '\ud83e', 1],
  ])('counts %s', (_label, text, expected) => {
    expect(characterCount(text)).toBe(expected);
  });

  it('counts 2,490 letters and 10 emoji as 2,500 although String.length says 2,510', () => {
    const text = 'p'.repeat(2490) + '🦊'.repeat(10);
    expect(text.length).toBe(2510);
    expect(characterCount(text)).toBe(2500);
  });
});
