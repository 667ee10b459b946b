import { afterEach, describe, expect, it } from 'vitest';
import { fieldAvailability, validateVideoRequest } from '../../../shared/capabilities';
import type { VideoRequest } from '../../../shared/capabilities';
import { referenceVideoFileProblem } from '../../../shared/capabilities/reference-video-file';
import type { VideoFileFacts } from '../../../shared/capabilities/reference-video-file';
import { switchLanguage } from '../../../shared/i18n';

const IMG = 'https://cdn.example.com/a.png';
const PAN = { horizontal: 0, vertical: 0, pan: 0, tilt: 0, roll: 0, zoom: 0 };

function messages(partial: Partial<VideoRequest>): string[] {
  const request = { action: 'text2video', model: 'kling-v1', prompt: 'a fox', ...partial };
  return validateVideoRequest(request as VideoRequest).map((issue) => issue.message);
}

/** The same check in English and then in Chinese. */
async function inBoth<T>(read: () => T): Promise<[T, T]> {
  await switchLanguage('en');
  const english = read();
  await switchLanguage('zh-CN');
  return [english, read()];
}

afterEach(() => switchLanguage('en'));

describe('the rules speak the current language', () => {
  it('refuses a duration the model lacks in Chinese, with the same seconds', async () => {
    expect(await inBoth(() => messages({ model: 'kling-o1', duration: 10 }))).toEqual([
      ['kling-o1 makes videos of 5 s only: choose 5 s'],
      ['kling-o1 生成的视频时长只能是 5 秒：请选择 5 秒'],
    ]);
    expect(await inBoth(() => messages({ model: 'kling-v3', duration: 20 }))).toEqual([
      ['kling-v3 makes videos of 3 to 15 whole seconds: choose 3 to 15 whole seconds'],
      ['kling-v3 生成的视频时长为 3–15 秒（整数）：请选择 3–15 秒（整数）'],
    ]);
  });

  it('says which mode meets a condition in Chinese word order', async () => {
    const endFrame = { action: 'image2video', startImageUrl: IMG, endImageUrl: IMG } as const;
    expect(await inBoth(() => messages({ ...endFrame, model: 'kling-v2-6' }))).toEqual([
      [
        'kling-v2-6 allows an end frame only in pro mode: switch to pro mode or remove the end frame',
      ],
      ['kling-v2-6 仅在高品质模式下支持尾帧：请切换到高品质模式，或移除尾帧'],
    ]);
  });

  it('joins modes and models as each language lists them', async () => {
    expect(await inBoth(() => messages({ mode: '4k' }))).toEqual([
      ['kling-v1 has no 4k mode: choose std or pro mode, or switch to kling-v3 or kling-v3-omni'],
      ['kling-v1 没有4K模式：请选择标准或高品质模式，或切换到 kling-v3 或 kling-v3-omni'],
    ]);
  });

  it('asks for a missing prompt in Chinese', async () => {
    expect(await inBoth(() => messages({ prompt: '' }))).toEqual([
      ['Write a prompt: text-to-video starts from one'],
      ['请填写提示词：文生视频需要提示词'],
    ]);
  });

  it('words one and several camera axes out of range', async () => {
    const camera = (config: Partial<typeof PAN>) =>
      messages({ cameraControl: { type: 'simple', config: { ...PAN, ...config } } });
    expect(await inBoth(() => camera({ zoom: 2 }))).toEqual([
      ['Camera zoom must be between -1 and 1: bring it into range'],
      ['运镜的变焦须在 -1 到 1 之间：请调整到范围内'],
    ]);
    expect(await inBoth(() => camera({ horizontal: 2, zoom: 2 }))).toEqual([
      ['Camera horizontal and zoom must be between -1 and 1: bring them into range'],
      ['运镜的水平和变焦须在 -1 到 1 之间：请调整到范围内'],
    ]);
  });

  it('gives a disabled control its reason in Chinese', async () => {
    const reason = () =>
      fieldAvailability({ action: 'text2video', model: 'kling-v3-turbo' }).generateAudio.reason;
    expect(await inBoth(reason)).toEqual([
      'kling-v3-turbo always makes sound',
      'kling-v3-turbo 始终生成音频',
    ]);
  });

  it('writes file sizes and pixel counts as numbers of the language', async () => {
    const facts: VideoFileFacts = {
      container: 'mp4',
      durationSec: 5,
      fps: 30,
      width: 4000,
      height: 3000,
      sizeBytes: 1_000_000,
    };
    const problem = (change: Partial<VideoFileFacts>) => () =>
      referenceVideoFileProblem({ ...facts, ...change }, 'kling-v3-omni');
    expect(await inBoth(problem({}))).toEqual([
      'This video is 4000 × 3000 px; kling-v3-omni takes at most 8,294,400 pixels: make it smaller',
      '此视频尺寸为 4000 × 3000 px，kling-v3-omni 最多支持 8,294,400 像素：请缩小',
    ]);
    expect(await inBoth(problem({ sizeBytes: 300 * 1024 * 1024 }))).toEqual([
      'This video is 300.0 MB; Kling takes at most 200.0 MB: shorten or compress it',
      '此视频大小为 300.0 MB，Kling 最多支持 200.0 MB：请剪短或压缩',
    ]);
  });
});
