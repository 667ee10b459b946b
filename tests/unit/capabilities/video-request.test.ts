import { describe, expect, it } from 'vitest';
import { toApiBody, VideoRequestSchema } from '../../../shared/capabilities';
import type { VideoRequest } from '../../../shared/capabilities';

describe('VideoRequestSchema', () => {
  it('turns the kling-video-o1 alias into kling-o1', () => {
    const parsed = VideoRequestSchema.parse({
      action: 'text2video',
      model: 'kling-video-o1',
      prompt: 'x',
    });
    expect(parsed.model).toBe('kling-o1');
    expect(toApiBody(parsed)).toEqual({ action: 'text2video', model: 'kling-o1', prompt: 'x' });
  });

  it.each([
    ['an unknown model', { model: 'kling-v9' }],
    ['an unknown action', { action: 'video2music' }],
    ['an unknown mode', { mode: '8k' }],
    ['an unknown aspect ratio', { aspectRatio: '4:3' }],
    ['a duration that is not a number', { duration: '5' }],
    ['an infinite cfg scale', { cfgScale: Infinity }],
    ['an unknown camera move', { cameraControl: { type: 'orbit' } }],
    [
      'a camera config without every axis',
      { cameraControl: { type: 'simple', config: { pan: 1 } } },
    ],
    [
      'an image reference with an unknown type',
      { imageList: [{ imageUrl: 'https://a/b.png', type: 'middle' }] },
    ],
    [
      'a video reference without refer_type',
      { videoList: [{ videoUrl: 'https://a/b.mp4', keepOriginalSound: 'no' }] },
    ],
    ['an unknown field', { seed: 42 }],
    ['async, which only the client sets', { async: true }],
    ['a huge prompt', { prompt: 'p'.repeat(20_001) }],
  ])('refuses %s', (_label, extra) => {
    const result = VideoRequestSchema.safeParse({
      action: 'text2video',
      model: 'kling-v1',
      prompt: 'x',
      ...extra,
    });
    expect(result.success).toBe(false);
  });
});

describe('toApiBody', () => {
  const full: VideoRequest = {
    action: 'text2video',
    model: 'kling-v3-omni',
    mode: 'pro',
    duration: 7,
    aspectRatio: '9:16',
    cfgScale: 0.5,
    prompt: '<<<image_1>>> like <<<video_1>>>',
    negativePrompt: 'blur',
    cameraControl: {
      type: 'simple',
      config: { horizontal: 0, vertical: 0.5, pan: 0, tilt: 0, roll: 0, zoom: -1 },
    },
    startImageUrl: 'https://a.example/s.png',
    endImageUrl: 'https://a.example/e.png',
    videoId: 'video_1',
    generateAudio: false,
    imageList: [
      { imageUrl: 'https://a.example/1.png', type: 'first_frame' },
      { imageUrl: 'https://a.example/2.png' },
    ],
    videoList: [
      { videoUrl: 'https://a.example/v.mp4', referType: 'base', keepOriginalSound: 'yes' },
    ],
    elementList: [{ elementId: 'el_1' }],
    callbackUrl: 'https://hooks.example/k',
  };

  it('maps every field to the provider’s snake_case name', () => {
    expect(toApiBody(full)).toEqual({
      action: 'text2video',
      model: 'kling-v3-omni',
      mode: 'pro',
      duration: 7,
      aspect_ratio: '9:16',
      cfg_scale: 0.5,
      prompt: '<<<image_1>>> like <<<video_1>>>',
      negative_prompt: 'blur',
      camera_control: {
        type: 'simple',
        config: { horizontal: 0, vertical: 0.5, pan: 0, tilt: 0, roll: 0, zoom: -1 },
      },
      start_image_url: 'https://a.example/s.png',
      end_image_url: 'https://a.example/e.png',
      video_id: 'video_1',
      generate_audio: false,
      image_list: [
        { image_url: 'https://a.example/1.png', type: 'first_frame' },
        { image_url: 'https://a.example/2.png' },
      ],
      video_list: [
        { video_url: 'https://a.example/v.mp4', refer_type: 'base', keep_original_sound: 'yes' },
      ],
      element_list: [{ element_id: 'el_1' }],
      callback_url: 'https://hooks.example/k',
    });
  });

  it('leaves out what is undefined and sends a camera move without config as just its type', () => {
    const body = toApiBody({
      action: 'extend',
      model: 'kling-v1',
      videoId: 'v',
      prompt: undefined,
      cameraControl: { type: 'down_back' },
    });
    expect(body).toEqual({
      action: 'extend',
      model: 'kling-v1',
      video_id: 'v',
      camera_control: { type: 'down_back' },
    });
    expect(Object.values(body)).not.toContain(undefined);
  });

  it('never sends async or a field it does not know, even if a caller slipped one in', () => {
    const sneaky = { action: 'text2video', model: 'kling-v1', prompt: 'x', async: true, seed: 1 };
    expect(toApiBody(sneaky as unknown as VideoRequest)).toEqual({
      action: 'text2video',
      model: 'kling-v1',
      prompt: 'x',
    });
  });

  it('sends the canonical id when handed an alias without parsing', () => {
    const raw = { action: 'text2video', model: 'kling-video-o1', prompt: 'x' };
    expect(toApiBody(raw as unknown as VideoRequest)['model']).toBe('kling-o1');
  });
});
