import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { clip, project } from './fixtures';
import { FakeLibrary, withGalleryViewport } from './library-main';
import { renderApp } from './render-app';

const START = 'https://cdn.acedata.cloud/start-1.png';
const REFERENCE = 'https://cdn.acedata.cloud/ref-2.jpg';

function mainWithInputs(): FakeLibrary {
  const main = new FakeLibrary([project()], [clip({ id: 'c1', prompt: 'Dunes' })]);
  main.inputImages = [
    { role: 'startFrame', url: START, previewUrl: 'kling-media://image/img_0123456789abcdef' },
    { role: 'reference', url: REFERENCE, previewUrl: null },
  ];
  return main;
}

async function openDetail(handlers: ReturnType<FakeLibrary['handlers']>, name: string) {
  const { user } = renderApp(handlers);
  await user.click(await screen.findByRole('button', { name }));
  return screen.getByRole('complementary', { name: /Selected clip|选中的片段/ });
}

describe('the pictures a clip was made from', () => {
  withGalleryViewport();

  test('shows a kept picture as a thumbnail named by its role, and says when one is not kept', async () => {
    const detail = await openDetail(mainWithInputs().handlers(), 'Play clip: Dunes');
    const pictures = await within(detail).findByRole('region', { name: 'Pictures used' });
    const thumb = within(pictures).getByRole('img', { name: 'Start frame' });
    expect(thumb.getAttribute('src')).toBe('kling-media://image/img_0123456789abcdef');
    expect(thumb.getAttribute('title')).toBe(START);
    expect(within(pictures).getByText(START)).toBeTruthy();
    // Without a local copy: the address as text, never loaded, and a note saying why.
    expect(within(pictures).queryByRole('img', { name: 'Reference image' })).toBeNull();
    expect(within(pictures).getByText(REFERENCE)).toBeTruthy();
    expect(within(pictures).getByText('The picture is not kept on this computer.')).toBeTruthy();
    expect(within(pictures).getAllByRole('img')).toHaveLength(1);
  });

  test('names the pictures and their roles in Chinese', async () => {
    const detail = await openDetail(
      {
        ...mainWithInputs().handlers(),
        'appearance:language': () => ({ setting: 'zh-CN' as const, language: 'zh-CN' as const }),
      },
      '播放片段：Dunes',
    );
    const pictures = await within(detail).findByRole('region', { name: '所用图片' });
    expect(within(pictures).getByRole('img', { name: '首帧' })).toBeTruthy();
    expect(within(pictures).getByText('参考图')).toBeTruthy();
    expect(within(pictures).getByText('此图片未保存在这台电脑上。')).toBeTruthy();
  });

  test('is left out for a clip made from no picture', async () => {
    const main = new FakeLibrary([project()], [clip({ id: 'c1', prompt: 'Dunes' })]);
    const detail = await openDetail(main.handlers(), 'Play clip: Dunes');
    await within(detail).findByRole('region', { name: 'Parameters' });
    expect(within(detail).queryByRole('region', { name: 'Pictures used' })).toBeNull();
  });
});
