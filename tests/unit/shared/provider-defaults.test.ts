import { describe, expect, it } from 'vitest';
import { providerDefaults } from '../../../shared/capabilities/provider-defaults';

describe('providerDefaults: what the provider applied to what a request left out', () => {
  it.each([
    [
      'text→video on kling-v1 with only a prompt: mode, duration and aspect ratio; no audio switch',
      { action: 'text2video', model: 'kling-v1', prompt: 'p' },
      { mode: 'std', duration: 5, aspect_ratio: '16:9' },
    ],
    [
      'no model sent: the provider used kling-v1',
      { action: 'text2video', prompt: 'p', mode: 'pro', duration: 10, aspect_ratio: '1:1' },
      { model: 'kling-v1' },
    ],
    [
      'image→video takes the start frame’s shape: no aspect ratio default',
      { action: 'image2video', model: 'kling-v1-6', start_image_url: 'https://x/a.png' },
      { mode: 'std', duration: 5 },
    ],
    [
      'kling-v2-6 in pro can make sound: audio off by default',
      { action: 'text2video', model: 'kling-v2-6', mode: 'pro', prompt: 'p' },
      { duration: 5, aspect_ratio: '16:9', generate_audio: false },
    ],
    [
      'kling-v2-6 in std cannot make sound: no audio default',
      { action: 'text2video', model: 'kling-v2-6', prompt: 'p' },
      { mode: 'std', duration: 5, aspect_ratio: '16:9' },
    ],
    [
      'kling-v3-turbo always makes sound',
      { action: 'text2video', model: 'kling-v3-turbo', prompt: 'p', duration: 8 },
      { mode: 'std', aspect_ratio: '16:9', generate_audio: true },
    ],
    [
      'everything sent: nothing filled in',
      {
        action: 'text2video',
        model: 'kling-v3',
        prompt: 'p',
        mode: 'pro',
        duration: 12,
        aspect_ratio: '9:16',
        generate_audio: true,
      },
      {},
    ],
    ['a tool request: none of these apply', { action: 'motion', image_url: 'x' }, {}],
    ['a model this version does not know', { action: 'text2video', model: 'kling-v9' }, {}],
  ])('%s', (_name, body, expected) => {
    expect(providerDefaults(body)).toEqual(expected);
  });
});
