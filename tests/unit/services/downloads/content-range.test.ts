import { describe, expect, it } from 'vitest';
import { parseContentRange } from '../../../../electron/main/services/downloads/content-range';

describe('parseContentRange', () => {
  it.each([
    ['bytes 100-199/200', { first: 100, last: 199, complete: 200 }],
    ['bytes 0-0/1', { first: 0, last: 0, complete: 1 }],
    ['  Bytes 5-9/10 ', { first: 5, last: 9, complete: 10 }],
  ])('reads %j', (raw, expected) => {
    expect(parseContentRange(raw)).toEqual(expected);
  });

  it.each([
    ['a missing header', null],
    ['an unknown length', 'bytes 0-9/*'],
    ['an unsatisfied-range answer', 'bytes */200'],
    ['another unit', 'items 0-9/10'],
    ['a span that ends before it starts', 'bytes 9-5/10'],
    ['a span past the complete length', 'bytes 0-10/10'],
    ['negative numbers', 'bytes -5-9/10'],
    ['trailing garbage', 'bytes 0-9/10, bytes 0-1/10'],
    ['absurdly long numbers', `bytes 0-9/${'9'.repeat(40)}`],
  ])('refuses %s', (_name, raw) => {
    expect(parseContentRange(raw)).toBeNull();
  });
});
