import { describe, expect, it } from 'vitest';
import { toApiBody } from '../../../shared/capabilities';
import { settingsFromBody } from '../../../shared/settings-from-body';

describe('settings put back from a sent body', () => {
  it('turns every plain wire field back into the request field it came from', () => {
    const body = toApiBody({
      action: 'text2video',
      model: 'kling-v3',
      prompt: 'A heron lands',
      negativePrompt: 'blur',
      mode: 'pro',
      duration: 10,
      aspectRatio: '9:16',
      cfgScale: 0.6,
      cameraControl: {
        type: 'simple',
        config: { horizontal: 0, vertical: 0, pan: 3, tilt: 0, roll: 0, zoom: 0 },
      },
      generateAudio: true,
      voiceList: [{ voiceId: 'voice_1' }],
      multiShot: true,
      shotType: 'customize',
      multiPrompt: [{ index: 1, prompt: 'Lands', duration: 10 }],
    });
    expect(settingsFromBody(body)).toEqual({
      settings: {
        prompt: 'A heron lands',
        negativePrompt: 'blur',
        mode: 'pro',
        duration: 10,
        aspectRatio: '9:16',
        cfgScale: 0.6,
        cameraControl: {
          type: 'simple',
          config: { horizontal: 0, vertical: 0, pan: 3, tilt: 0, roll: 0, zoom: 0 },
        },
        generateAudio: true,
        voiceList: [{ voiceId: 'voice_1' }],
        multiShot: true,
        shotType: 'customize',
        multiPrompt: [{ index: 1, prompt: 'Lands', duration: 10 }],
      },
      leftOut: [],
      leftOutFields: [],
    });
  });

  it('names the inputs it cannot bring back, and leaves out values that no longer parse', () => {
    const { settings, leftOut, leftOutFields } = settingsFromBody({
      action: 'image2video',
      model: 'kling-v1',
      prompt: 'Go',
      start_image_url: 'https://cdn.example/a.png',
      image_list: [{ image_url: 'https://cdn.example/b.png' }],
      mode: 'ultra',
      duration: 'ten',
      surprise: 1,
    });
    expect(settings).toEqual({ prompt: 'Go' });
    expect(leftOut).toEqual(['start frame', 'reference images', 'mode', 'duration', 'surprise']);
    // The same, as facts to name again in another language.
    expect(leftOutFields).toEqual(['startImageUrl', 'imageList', 'mode', 'duration', 'surprise']);
  });
});
