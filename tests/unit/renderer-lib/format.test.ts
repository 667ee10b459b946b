import { afterEach, describe, expect, test } from 'vitest';
import { switchLanguage } from '../../../shared/i18n';
import {
  formatBytes,
  formatDateTime,
  formatDuration,
  formatElapsed,
} from '../../../renderer/src/lib/format';

afterEach(() => switchLanguage('en'));

describe('the display helpers', () => {
  test('sizes keep one decimal under ten and group thousands in either language', async () => {
    await switchLanguage('en');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
    expect(formatBytes(1536 * 1024 ** 3)).toBe('1,536 GB');
    await switchLanguage('zh-CN');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
    expect(formatBytes(1536 * 1024 ** 3)).toBe('1,536 GB');
  });

  test('elapsed time reads "3m 07s" in English and "3分07秒" in Chinese', async () => {
    await switchLanguage('en');
    expect(formatElapsed(42_000)).toBe('42s');
    expect(formatElapsed(187_000)).toBe('3m 07s');
    expect(formatElapsed(3_720_000)).toBe('1h 02m');
    await switchLanguage('zh-CN');
    expect(formatElapsed(42_000)).toBe('42秒');
    expect(formatElapsed(187_000)).toBe('3分07秒');
    expect(formatElapsed(3_720_000)).toBe('1小时02分');
  });

  test('a length nobody knows says so in the current language', async () => {
    expect(formatDuration(65)).toBe('1:05');
    expect(formatDuration(null)).toBe('Unknown');
    await switchLanguage('zh-CN');
    expect(formatDuration(Number.NaN)).toBe('未知');
    expect(formatDuration(65)).toBe('1:05');
  });

  test('dates are written as the current language writes them', async () => {
    const iso = '2026-01-02T12:00:00.000Z';
    await switchLanguage('en');
    expect(formatDateTime(iso)).toMatch(/Jan 2, 2026/);
    await switchLanguage('zh-CN');
    expect(formatDateTime(iso)).toMatch(/2026年1月2日/);
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});
