import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AppError } from '../../shared/app-error';
import type { Job } from '../../shared/domain';
import type { Preset } from '../../shared/presets';
import { useJobsStore } from '../../renderer/src/stores/jobs-store';
import { BatchButton } from '../../renderer/src/features/making/BatchButton';
import { applyLanguage } from '../../renderer/src/i18n/language';
import { composer, generateButton, renderComposer, stagedImage } from './composer-harness';
import { clip, job, project } from './fixtures';
import { FakeLibrary, withGalleryViewport } from './library-main';
import { linkedImage } from './linked-image';
import { clipDetail, renderRemix, useTheseSettings } from './remix-harness';
import { renderApp } from './render-app';

/*
 * A notice stays on screen after what it reports; switching the language must reword it, not
 * leave a sentence of the language it was first shown in.
 */

function statusText(container: HTMLElement, starts: RegExp): () => string {
  return () =>
    within(container)
      .getAllByRole('status')
      .map((element) => element.textContent ?? '')
      .find((text) => starts.test(text)) ?? '';
}

describe('the composer’s notices follow a language switch', () => {
  afterEach(() => vi.restoreAllMocks());

  test('an applied preset names what it did not apply in the language switched to', async () => {
    const presets: Preset[] = [
      {
        id: 'preset_1',
        name: 'Night',
        action: 'text2video',
        model: 'kling-v1',
        parameters: { mode: 'std', end_image_url: 'https://cdn.example/end.png' },
        savedAt: '2026-11-29T10:00:00.000Z',
      },
    ];
    const { user } = renderComposer({ 'making:presets': () => presets });
    const form = composer();
    await user.click(within(form).getByText(/^Presets/));
    await user.click(await within(form).findByRole('button', { name: 'Apply Night' }));
    const notice = statusText(form, /Night/);
    expect(notice()).toBe('Applied “Night”; the prompt is unchanged. Not applied: end frame.');

    await act(() => applyLanguage('zh-CN'));
    expect(notice()).toBe('已应用“Night”，提示词未改动。未应用：尾帧。');
  });

  test('a saved preset is reported again in the language switched to', async () => {
    let presets: Preset[] = [];
    const { user } = renderComposer({
      'making:presets': () => presets,
      'making:savePreset': ({ name, settings }) => {
        presets = [{ ...settings, id: 'preset_1', name, savedAt: '2026-11-29T10:00:00.000Z' }];
        return presets;
      },
    });
    const form = composer();
    await user.click(within(form).getByText(/^Presets/));
    await user.type(within(form).getByLabelText('Preset name'), 'Dusk');
    await user.click(within(form).getByRole('button', { name: 'Save current settings' }));
    await within(form).findByText('Saved the current settings as “Dusk”.');

    await act(() => applyLanguage('zh-CN'));
    expect(within(form).getByText('已将当前设置保存为“Dusk”。')).toBeTruthy();
  });

  test('what a model change dropped is said again, with the rules’ reasons, after a switch', async () => {
    const { user } = renderComposer();
    const form = composer();
    await user.selectOptions(within(form).getByLabelText('Model'), 'kling-v3');
    await user.click(within(form).getByLabelText('Generate audio'));
    await user.selectOptions(within(form).getByLabelText('Model'), 'kling-v1');
    const english = 'Dropped: audio — kling-v1 has no generated audio';
    expect(within(form).getByText(english)).toBeTruthy();

    await act(() => applyLanguage('zh-CN'));
    const announcement = form.querySelector('.composer-announcement')?.textContent ?? '';
    expect(announcement).toBe('已移除：音频——kling-v1 不支持生成音频');
    expect(within(form).queryByText(english)).toBeNull();
  });

  test('a repeated press is turned away in the language switched to', async () => {
    let clock = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => clock);
    const { fake, user } = renderComposer({
      'jobs:submit': () => job({ id: 'j1', prompt: 'A fox in snow', state: 'queued' }),
    });
    await user.type(within(composer()).getByLabelText('Prompt'), 'A fox in snow');
    await user.click(generateButton());
    await waitFor(() => expect(fake.callsTo('jobs:submit')).toHaveLength(1));
    clock += 5_000;
    await user.click(generateButton());
    await within(composer()).findByText(/This request is already being sent/);

    await act(() => applyLanguage('zh-CN'));
    expect(within(composer()).getByText(/^该请求正在提交/)).toBeTruthy();
    expect(within(composer()).queryByText(/This request is already being sent/)).toBeNull();
  });
});

describe('the batch dialog’s notices follow a language switch', () => {
  test('where the rows came from and how many were queued are reworded', async () => {
    const { user } = renderApp({ 'jobs:submit': () => job() }, <BatchButton />);
    await user.click(screen.getByRole('button', { name: 'Batch…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Batch' });
    await user.click(within(dialog).getByLabelText('Prompts, one per line'));
    await user.paste('A lantern\nA harbour at dusk');
    await user.click(within(dialog).getByRole('button', { name: 'Check lines' }));
    expect(within(dialog).getByText('From the lines above: 2 ready, 0 refused.')).toBeTruthy();

    await act(() => applyLanguage('zh-CN'));
    expect(within(dialog).getByText('来自上方各行：2 行可用，0 行未通过。')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: /^将 2 个视频加入队列|^Queue/ }));
    await within(dialog).findByText('已将 2 个视频加入队列。');

    await act(() => applyLanguage('en'));
    expect(within(dialog).getByText('2 videos queued.')).toBeTruthy();
  });
});

describe('the library’s notices follow a language switch', () => {
  withGalleryViewport();

  const library = () => screen.getByRole('region', { name: /^Library$|^视频库$/ });
  const detail = () => within(library()).getByRole('complementary');

  async function openClip() {
    const main = new FakeLibrary(
      [project(), project({ id: 'archive', name: 'Archive' })],
      [clip({ id: 'c1', prompt: 'Copy me' })],
    );
    const app = renderApp({
      ...main.handlers(),
      'library:saveCopy': () => ({ path: '/home/me/Videos/copy-me.mp4', settingsInside: true }),
      'projects:export': ({ format }) => ({ path: `/data/exports/Default.${format}` }),
    });
    await app.user.click(
      await within(library()).findByRole('button', { name: 'Play clip: Copy me' }),
    );
    await within(detail()).findByText('Parameters');
    return { main, ...app };
  }

  test('a saved copy is reported again in the language switched to', async () => {
    const { user } = await openClip();
    await user.click(within(detail()).getByRole('button', { name: 'Save a copy…' }));
    await within(detail()).findByText(
      'Saved a copy to /home/me/Videos/copy-me.mp4, with its prompt and settings inside.',
    );

    await act(() => applyLanguage('zh-CN'));
    expect(
      within(detail()).getByText(
        '已将副本保存到 /home/me/Videos/copy-me.mp4，提示词和设置已写入文件。',
      ),
    ).toBeTruthy();
  });

  test('a moved clip and a copied prompt are reported again in the language switched to', async () => {
    const { fake, main, user } = await openClip();
    fake.handle('library:move', ({ clipId, projectId }) => {
      const moved = { ...main.clips.get(clipId)!, projectId };
      main.clips.set(clipId, moved);
      return moved;
    });
    await user.selectOptions(within(detail()).getByLabelText('Move or copy to'), 'archive');
    await user.click(within(detail()).getByRole('button', { name: 'Move' }));
    await within(detail()).findByText('Moved to Archive.');
    await user.click(within(detail()).getByRole('button', { name: 'Copy prompt' }));
    await within(detail()).findByText('Prompt copied.');

    await act(() => applyLanguage('zh-CN'));
    expect(within(detail()).getByText('已移动到“Archive”。')).toBeTruthy();
    expect(within(detail()).getByText('提示词已复制。')).toBeTruthy();
  });

  test('an export names where it went in the language switched to', async () => {
    const { user } = await openClip();
    await user.click(within(library()).getByRole('button', { name: 'Export CSV' }));
    await within(library()).findByText('Exported to /data/exports/Default.csv');

    await act(() => applyLanguage('zh-CN'));
    expect(within(library()).getByText('已导出到 /data/exports/Default.csv')).toBeTruthy();
  });
});

describe('what “Use these settings” put back follows a language switch', () => {
  test('each input is named, and each list joined, in the language switched to', async () => {
    const record = clipDetail({
      action: 'text2video',
      model: 'kling-v3-omni',
      prompt: 'A cat <<<image_1>>> meets <<<image_2>>> in <<<video_1>>>',
      parameters: {
        prompt: 'A cat <<<image_1>>> meets <<<image_2>>> in <<<video_1>>>',
        image_list: [
          { image_url: 'https://cdn.example.com/cat.png' },
          { image_url: 'https://cdn.example.com/dog.png' },
          { image_url: 'ftp://old.example.com/owl.png' },
        ],
        video_list: [{ video_url: 'https://cdn.example.com/walk.mp4', refer_type: 'feature' }],
        surprise: 1,
      },
    });
    const local: Record<string, string> = {
      'https://cdn.example.com/cat.png': 'cat',
      'https://cdn.example.com/dog.png': 'dog',
    };
    const { user } = renderRemix(record, {
      'images:restore': ({ url }) =>
        local[url] ? stagedImage({ id: `img_${local[url]}`, name: `${local[url]}.png` }) : null,
      'images:upload': ({ imageId }) =>
        stagedImage({ id: imageId, url: `https://cdn.example.com/${imageId}-again.png` }),
      'images:fromUrl': ({ url }) => {
        if (url.startsWith('ftp:'))
          throw new AppError('image_url_invalid', 'Use an https address.');
        return linkedImage(url);
      },
    });
    const status = await useTheseSettings(user);
    // What came back and what did not are listed in one style: the language's own list.
    expect(status).toBe(
      "The composer holds this clip's settings. Not restored: reference images and surprise — add them again in the composer." +
        'From this computer: reference image 1 and reference image 2.' +
        'By address only (no unchanged file on this computer): reference video.',
    );

    await act(() => applyLanguage('zh-CN'));
    const notice = document.querySelector('.remix [role="status"]')?.textContent;
    expect(notice).toBe(
      '已将此片段的设置填入生成面板。未能恢复：参考图片和surprise——请在生成面板中重新添加。' +
        '取自本机文件：参考图 1和参考图 2。' +
        '仅按地址恢复（本机没有未改动的文件）：参考视频。',
    );
  });
});

describe('a pick the remix put back by its id follows a language switch', () => {
  test('an element no longer in the cached list is named by its id in the language shown', async () => {
    const record = clipDetail({
      action: 'text2video',
      model: 'kling-v3',
      prompt: 'A walk with <<<element_1>>>',
      parameters: { prompt: 'A walk with <<<element_1>>>', element_list: [{ element_id: 12 }] },
    });
    const { user } = renderRemix(record, {
      'elements:list': () => ({ items: [], fetchedAt: null, problem: null }),
    });
    await useTheseSettings(user);
    const chosen = within(composer()).getByRole('list', { name: 'Chosen elements' });
    expect(chosen.textContent).toContain('<<<element_1>>> Element 12');

    await act(() => applyLanguage('zh-CN'));
    expect(chosen.textContent).toContain('<<<element_1>>> 主体 12');
  });
});

describe('what the queue says aloud follows a language switch', () => {
  test('a moved job and a job’s new state are said again in the language switched to', async () => {
    let order = ['a', 'b', 'c'].map((id, queuePosition) =>
      job({ id, prompt: `Shot ${id}`, queuePosition, state: 'queued' }),
    );
    const { user } = renderApp({
      'jobs:list': () => order,
      'jobs:move': ({ jobId, toPosition }) => {
        const moving = order.find((j) => j.id === jobId) as Job;
        const rest = order.filter((j) => j.id !== jobId);
        rest.splice(toPosition, 0, moving);
        order = rest.map((j, queuePosition) => ({ ...j, queuePosition }));
        return order;
      },
    });
    const region = screen.getByRole('region', { name: 'Jobs' });
    const said = () => region.querySelector('[aria-live="polite"]')?.textContent;
    await within(region).findByText('Shot c');
    await user.click(within(region).getByRole('button', { name: /^Move up: Shot c/ }));
    await waitFor(() => expect(said()).toBe('Moved to #2 in queue: Shot c'));
    await act(() => applyLanguage('zh-CN'));
    expect(said()).toBe('已移到队列第 2 位：Shot c');

    act(() =>
      useJobsStore
        .getState()
        .upsert({ ...order[0]!, state: 'running', updatedAt: '2030-01-01T00:00:00.000Z' }),
    );
    expect(said()).toBe('生成中：Shot a');
    await act(() => applyLanguage('en'));
    expect(said()).toBe('Generating: Shot a');
  });
});
