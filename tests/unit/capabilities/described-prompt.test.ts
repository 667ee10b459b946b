import { describe, expect, test } from 'vitest';
import { describedPrompt } from '../../../shared/capabilities/fields';
import type { RequestValues } from '../../../shared/capabilities';

const SHOTS = [
  { index: 1, prompt: ' Wide: the harbour ', duration: 4 },
  { index: 2, prompt: 'Close: a gull', duration: 6 },
];

describe('the words a clip is listed and searched by', () => {
  test.each<[string, RequestValues, string]>([
    ['a plain prompt', { prompt: 'A fox' }, 'A fox'],
    ['no prompt', {}, ''],
    [
      'automatic shots keep the prompt',
      { prompt: 'A chase', multiShot: true, shotType: 'intelligence' },
      'A chase',
    ],
    [
      'custom shots, whose prompt is not used, give their own in order',
      { prompt: 'ignored', multiShot: true, shotType: 'customize', multiPrompt: SHOTS },
      'Wide: the harbour / Close: a gull',
    ],
  ])('%s', (_, values, expected) => {
    expect(describedPrompt(values)).toBe(expected);
  });
});
