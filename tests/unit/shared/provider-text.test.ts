import { describe, expect, it } from 'vitest';
import { isContentRefusal, plainProviderText } from '../../../shared/provider-text';

describe('plainProviderText', () => {
  it.each([
    [
      'markup is dropped',
      'Your prompt <b>violates</b> the rules',
      'Your prompt violates the rules',
    ],
    ['entities are decoded', 'a &lt;tag&gt; &amp; &quot;quotes&quot;', 'a <tag> & "quotes"'],
    ['white space is one space', '  line one\n\n  line\ttwo ', 'line one line two'],
    ['a lone angle bracket is text', '3 < 4 and 5 > 2', '3 < 4 and 5 > 2'],
  ])('%s', (_case, text, plain) => {
    expect(plainProviderText(text)).toBe(plain);
  });

  it('cuts at the given number of code points, an emoji counting once', () => {
    expect(plainProviderText('🎬'.repeat(10), 5)).toBe('🎬🎬🎬🎬…');
  });
});

describe('isContentRefusal', () => {
  it.each([
    ['403 forbidden, whatever the text', 'forbidden', 'Request refused', true],
    ['a task failed by content moderation', 'task_failed', 'Failure: content moderation', true],
    ['sensitive content, in English', 'task_failed', 'The prompt contains sensitive words', true],
    ['the Chinese wording', 'task_failed', '提示词包含敏感内容', true],
    ['a server failure', 'api_error', 'Internal error', false],
    ['a failed task without a reason', 'task_failed', 'The task ended as "failed".', false],
  ])('%s → %s', (_case, code, message, refused) => {
    expect(isContentRefusal({ code, message })).toBe(refused);
  });
});
