import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { Clip, ClipDetail } from '../../shared/domain';
import { FrameControls } from '../../renderer/src/features/finishing/FrameControls';
import { SelectionBar } from '../../renderer/src/features/finishing/SelectionBar';
import { SettingsImport } from '../../renderer/src/features/finishing/SettingsImport';
import { StatsButton } from '../../renderer/src/features/finishing/StatsButton';
import { StitchedParts } from '../../renderer/src/features/finishing/StitchedParts';
import { applyLanguage } from '../../renderer/src/i18n/language';
import { useSelectionStore } from '../../renderer/src/stores/selection-store';
import { clip, clipDetail } from './fixtures';
import { renderApp } from './render-app';

const sameSetUp = {
  differs: null,
  width: 1280,
  height: 720,
  sound: true,
  soundDropped: false,
};

/** What main reads of each clip's file: 5 s of 1280×720 at 24 fps, with sound. */
const fiveSeconds = {
  width: 1280,
  height: 720,
  frameRate: 24,
  durationSec: 5,
  codec: 'avc1.640028',
  hasAudio: true,
};

function select(clips: Clip[]) {
  act(() => {
    useSelectionStore.getState().clear();
    for (const picked of clips) useSelectionStore.getState().toggle(picked);
  });
}

describe('finishing in Simplified Chinese', () => {
  test('the selection bar counts clips in each language and says how many Compare takes', async () => {
    renderApp({}, <SelectionBar projectId="default" />);
    select([clip({ id: 'a' })]);
    expect(screen.getByText('1 clip selected')).toBeTruthy();

    await act(() => applyLanguage('zh-CN'));
    const bar = screen.getByRole('group', { name: '已选片段' });
    expect(within(bar).getByText('已选 1 个片段')).toBeTruthy();
    expect(within(bar).getByText('再选一个片段即可对比或拼接。')).toBeTruthy();

    select(['a', 'b', 'c', 'd', 'e'].map((id) => clip({ id })));
    expect(within(bar).getByText('已选 5 个片段')).toBeTruthy();
    const compare = within(bar).getByRole('button', { name: '对比' });
    expect(compare).toHaveProperty('disabled', true);
    expect(compare.getAttribute('title')).toBe('对比需选择 2–4 个片段。');
    expect(within(bar).getByRole('button', { name: '取消选择' })).toBeTruthy();

    await act(() => applyLanguage('en'));
    expect(within(bar).getByText('5 clips selected')).toBeTruthy();
    expect(compare.getAttribute('title')).toBe('Compare takes 2 to 4 clips.');
  });

  test('the Join dialog orders, joins and reports its progress in Chinese', async () => {
    let finish: (joined: Clip) => void = () => undefined;
    const { fake, user } = renderApp(
      {
        'finishing:joinPlan': () => sameSetUp,
        'finishing:stitch': () => new Promise<Clip>((resolve) => (finish = resolve)),
        'library:query': () => ({ total: 0, clips: [], tags: [] }),
      },
      <SelectionBar projectId="default" />,
    );
    await act(() => applyLanguage('zh-CN'));
    select([
      clip({ id: 'a', prompt: 'Take-off', durationSec: 5 }),
      clip({ id: 'b', prompt: 'Landing', durationSec: 7 }),
    ]);
    await user.click(screen.getByRole('button', { name: '按顺序拼接…' }));

    const dialog = await screen.findByRole('dialog', { name: '拼接 2 个片段' });
    expect(within(dialog).getByText('按此顺序播放，总时长约 0:12。')).toBeTruthy();
    expect(
      await within(dialog).findByText('这些片段的编码和画面尺寸相同：直接复制视频，无需重新编码。'),
    ).toBeTruthy();
    const order = within(dialog).getByRole('list', { name: '片段顺序' });
    await user.click(within(order).getByRole('button', { name: '将片段 2 上移' }));
    expect(within(order).getAllByRole('listitem')[0]?.textContent).toMatch(/^1\. “Landing”/);

    await user.click(within(dialog).getByRole('button', { name: '拼接' }));
    await waitFor(() => expect(fake.callsTo('finishing:stitch')).toHaveLength(1));
    act(() => fake.emit('finishing:progress', { fraction: 0.456 }));
    expect(within(dialog).getByText('正在拼接… 46%')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: '取消拼接' })).toBeTruthy();

    act(() => finish(clip({ id: 'joined', durationSec: 12 })));
    expect(
      await within(dialog).findByText('已拼接为一个 0:12 的新片段（未重新编码）。'),
    ).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: '打开拼接后的片段' })).toBeTruthy();
  });

  test('the Join dialog says in Chinese why the clips will be re-encoded', async () => {
    const { user } = renderApp(
      {
        'finishing:joinPlan': () => ({
          ...sameSetUp,
          differs: 'clip 2',
          sound: false,
          soundDropped: true,
        }),
      },
      <SelectionBar projectId="default" />,
    );
    await act(() => applyLanguage('zh-CN'));
    select([clip({ id: 'a' }), clip({ id: 'b' })]);
    await user.click(screen.getByRole('button', { name: '按顺序拼接…' }));
    const dialog = await screen.findByRole('dialog', { name: '拼接 2 个片段' });
    expect((await within(dialog).findByRole('note')).textContent).toBe(
      '这些片段的设置不一致（clip 2），将重新编码（较慢），每段都会适配到 1280 × 720 px。并非每个片段都有音频，因此拼接后的片段没有声音。',
    );
  });

  test('the Compare dialog names its controls, takes and differing settings in Chinese', async () => {
    const takes = [
      clip({ id: 'a', prompt: 'A fox', model: 'kling-v3' }),
      clip({ id: 'b', prompt: 'A fox again', action: 'lip-sync', model: null }),
    ];
    const details: Record<string, ClipDetail> = {
      a: clipDetail({ ...takes[0]!, parameters: { duration: 5 } }),
      b: clipDetail({ ...takes[1]!, parameters: { duration: 10 } }),
    };
    const { user } = renderApp(
      {
        'library:get': ({ clipId }) => details[clipId]!,
        'finishing:videoInfo': () => fiveSeconds,
      },
      <SelectionBar projectId="default" />,
    );
    await act(() => applyLanguage('zh-CN'));
    select(takes);
    await user.click(screen.getByRole('button', { name: '对比' }));

    const dialog = await screen.findByRole('dialog', { name: '对比 2 个版本' });
    expect(within(dialog).getByLabelText('版本 1：A fox')).toBeTruthy();
    // The lip-sync take's caption names its tool; the settings that differ name it again.
    expect(within(within(dialog).getAllByRole('figure')[1]!).getByText('对口型')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: '收藏版本 2' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: '全部播放' })).toBeTruthy();
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: '下一帧' })).toHaveProperty(
        'disabled',
        false,
      ),
    );
    expect(within(dialog).getByLabelText('播放位置')).toBeTruthy();
    expect(within(dialog).getByText('0.00 秒 / 0.00 秒')).toBeTruthy();
    const differences = within(dialog).getByRole('region', { name: '不同的设置' });
    const table = await within(differences).findByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['设置', '版本 1', '版本 2']);
    expect(within(dialog).getByRole('button', { name: '关闭' })).toBeTruthy();
  });

  test('frame controls show the time and frame number in each language', async () => {
    renderApp(
      {
        'finishing:videoInfo': () => fiveSeconds,
      },
      <FrameControls clip={clip({ id: 'a' })} video={{ current: null }} time={1.5} />,
    );
    expect(await screen.findByText('1.50 s · frame 37')).toBeTruthy();
    await act(() => applyLanguage('zh-CN'));
    expect(screen.getByText('1.50 秒 · 第 37 帧')).toBeTruthy();
    expect(screen.getByRole('button', { name: '上一帧' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '下一帧' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '从此帧继续' })).toBeTruthy();
  });

  test('a joined clip lists its parts with their seconds in Chinese', async () => {
    renderApp(
      {},
      <StitchedParts
        parts={[
          { clipId: 'gone-1', prompt: 'Take-off', startSec: 0, durationSec: 5.041 },
          { clipId: 'gone-2', prompt: 'Landing', startSec: 5.041, durationSec: 5 },
        ]}
      />,
    );
    await act(() => applyLanguage('zh-CN'));
    const parts = screen.getByRole('list', { name: '拼接自' });
    expect(within(parts).getByText('5.04–10.04 秒：“Landing”')).toBeTruthy();
    expect(screen.getByText('拼接自以下片段（未重新编码）')).toBeTruthy();
  });

  test('importing settings asks and reports in Chinese, and the report follows a switch', async () => {
    let settings: unknown = null;
    const { user } = renderApp(
      { 'finishing:importSettings': () => ({ picked: true, settings }) as never },
      <SettingsImport />,
    );
    await act(() => applyLanguage('zh-CN'));
    const importButton = screen.getByRole('button', { name: '从视频导入设置…' });
    await user.click(importButton);
    const status = screen.getByRole('status');
    await waitFor(() =>
      expect(status.textContent).toBe(
        '该视频不含 Kling Studio 设置。在 Kling Studio 中用“另存副本…”保存的视频才带有设置。',
      ),
    );
    await act(() => applyLanguage('en'));
    expect(status.textContent).toMatch(/^That video carries no Kling Studio settings\./);
    await act(() => applyLanguage('zh-CN'));

    settings = {
      app: 'Kling Studio',
      version: 1,
      action: 'text2video',
      model: 'kling-v3',
      prompt: 'A fox at dawn',
      parameters: {
        prompt: 'A fox at dawn',
        start_image_url: 'https://cdn.example.com/a.png',
        end_image_url: 'https://cdn.example.com/b.png',
      },
    };
    await user.click(importButton);
    const ask = await screen.findByRole('alertdialog', { name: '使用此视频的设置？' });
    expect(within(ask).getByText('由 Kling Studio 制作：文生视频，模型 kling-v3。')).toBeTruthy();
    await user.click(within(ask).getByRole('button', { name: '填入创作面板' }));
    await waitFor(() =>
      expect(status.textContent).toBe('已将视频的设置填入创作面板。未能带入：首帧、尾帧。'),
    );
    // What was not carried over is named again in the language switched to.
    await act(() => applyLanguage('en'));
    expect(status.textContent).toBe(
      "The composer holds the video's settings. Not carried over: start frame, end frame.",
    );
  });

  test('statistics name their columns in Chinese and write numbers for the language', async () => {
    const { user } = renderApp(
      {
        'stats:byModel': () => [
          {
            model: 'kling-v3',
            jobs: 1234,
            finished: 1200,
            failed: 34,
            failureRate: 0.0276,
            failureReasons: [{ code: 'forbidden', count: 34 }],
            medianSecondsToFinish: 92.44,
            billedSeconds: 12345.5,
          },
        ],
      },
      <StatsButton />,
    );
    await act(() => applyLanguage('zh-CN'));
    await user.click(screen.getByRole('button', { name: '统计' }));
    const dialog = await screen.findByRole('dialog', { name: '各模型统计' });
    const table = await within(dialog).findByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['模型', '任务数', '失败', '失败率', '失败原因', '完成用时中位数', '计费秒数']);
    const cells = () =>
      within(table)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells()).toEqual(['1,234', '34', '3%', 'forbidden × 34', '92.4 秒', '12,345.5']);
    await act(() => applyLanguage('en'));
    expect(cells()).toEqual(['1,234', '34', '3%', 'forbidden × 34', '92.4 s', '12,345.5']);
  });
});
