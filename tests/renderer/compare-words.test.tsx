import { act, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { ClipDetail } from '../../shared/domain';
import { CompareDialog } from '../../renderer/src/features/finishing/CompareDialog';
import { applyLanguage } from '../../renderer/src/i18n/language';
import { clip, clipDetail } from './fixtures';
import { renderApp } from './render-app';

/** Two takes that differ in model, mode, duration, cfg scale and camera; alike in the prompt. */
function renderTwoTakes() {
  const first = clip({ id: 'compare-a', model: 'kling-v1-6', prompt: 'A lantern' });
  const second = clip({ id: 'compare-b', model: 'kling-v2-master', prompt: 'A lantern' });
  const details: Record<string, ClipDetail> = {
    [first.id]: clipDetail({
      ...first,
      parameters: {
        prompt: 'A lantern',
        mode: 'std',
        duration: 5,
        cfg_scale: 0.5,
        model: 'kling-v1-6',
      },
    }),
    [second.id]: clipDetail({
      ...second,
      parameters: {
        prompt: 'A lantern',
        mode: 'pro',
        duration: 10,
        cfg_scale: 0.7,
        model: 'kling-v2-master',
      },
    }),
  };
  renderApp(
    {
      'library:get': ({ clipId }) => details[clipId]!,
      'finishing:videoInfo': () => ({
        width: 640,
        height: 360,
        frameRate: 24,
        durationSec: 5,
        codec: 'avc1.640028',
        hasAudio: false,
      }),
    },
    <CompareDialog clips={[first, second]} onClose={() => {}} />,
  );
}

/** A take left on the provider's defaults beside one that chose pro mode and ten seconds. */
function renderDefaultsAndChosen() {
  const first = clip({ id: 'compare-d', model: 'kling-v1-6', mode: null, prompt: 'A kite' });
  const second = clip({ id: 'compare-e', model: 'kling-v1-6', mode: 'pro', prompt: 'A kite' });
  const details: Record<string, ClipDetail> = {
    [first.id]: clipDetail({
      ...first,
      parameters: { action: 'text2video', model: 'kling-v1-6', prompt: 'A kite' },
      defaults: { mode: 'std', duration: 5, aspect_ratio: '16:9' },
    }),
    [second.id]: clipDetail({
      ...second,
      parameters: {
        action: 'text2video',
        model: 'kling-v1-6',
        prompt: 'A kite',
        mode: 'pro',
        duration: 10,
        aspect_ratio: '16:9',
      },
    }),
  };
  renderApp(
    { 'library:get': ({ clipId }) => details[clipId]! },
    <CompareDialog clips={[first, second]} onClose={() => {}} />,
  );
}

/** Each differing row as its header and cells, read from the table. */
async function rowsOf(regionName: string): Promise<string[][]> {
  const region = await screen.findByRole('region', { name: regionName });
  const table = await within(region).findByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      within(row).getByRole('rowheader').textContent ?? '',
      ...within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    ]);
}

describe('the settings that differ between takes', () => {
  test('are named and valued as the clip detail words them, not by the provider’s field ids', async () => {
    renderTwoTakes();
    expect(await rowsOf('Settings that differ')).toEqual([
      ['Model', 'Kling 1.6 kling-v1-6', 'Kling 2.0 Master kling-v2-master'],
      ['Mode', 'Standard', 'Pro'],
      ['Duration', '5 s', '10 s'],
      ['Cfg scale', '0.5', '0.7'],
    ]);
  });

  test('follow a switch to Chinese', async () => {
    renderTwoTakes();
    await screen.findByRole('region', { name: 'Settings that differ' });
    await act(() => applyLanguage('zh-CN'));
    const rows = await rowsOf('不同的设置');
    expect(rows.map((row) => row[0])).toEqual(['模型', '模式', '时长', '创意相关性']);
    expect(rows[1]).toEqual(['模式', '标准', '高品质']);
    expect(rows[2]).toEqual(['时长', '5 秒', '10 秒']);
  });

  test('show a take left on defaults by the provider’s values, marked as defaults', async () => {
    renderDefaultsAndChosen();
    // The aspect ratio is 16:9 in both, by default in one: alike, so not listed.
    expect(await rowsOf('Settings that differ')).toEqual([
      ['Mode', 'Standard (default)', 'Pro'],
      ['Duration', '5 s (default)', '10 s'],
    ]);
  });

  test('mark the defaults in Chinese too', async () => {
    renderDefaultsAndChosen();
    await screen.findByRole('region', { name: 'Settings that differ' });
    await act(() => applyLanguage('zh-CN'));
    expect(await rowsOf('不同的设置')).toEqual([
      ['模式', '标准（默认）', '高品质'],
      ['时长', '5 秒（默认）', '10 秒'],
    ]);
  });
});
