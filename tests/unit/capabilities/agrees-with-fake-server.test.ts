import { describe, expect, it } from 'vitest';
import { MODEL_IDS } from '../../../shared/models';
import type { ModelId } from '../../../shared/models';
import { toApiBody, validateVideoRequest } from '../../../shared/capabilities';
import type { VideoRequest } from '../../../shared/capabilities';
import { validateSubmission } from '../../fixtures/fake-acedata/tasks.ts';

/*
 * The composer must never let through what the service refuses, and never refuse what it
 * takes. The fake server's rules were written separately from shared/capabilities, so every
 * combination both accept or both refuse is two readings of kling-api.md agreeing.
 */

const PROMPT = 'a red fox running through fresh snow';
const IMAGE = 'https://cdn.example.com/a.png';
const VIDEO = 'https://cdn.example.com/a.mp4';

const BASES: Record<VideoRequest['action'], Partial<VideoRequest>> = {
  text2video: { prompt: PROMPT },
  image2video: { prompt: PROMPT, startImageUrl: 'https://cdn.example.com/first.png' },
  extend: { prompt: PROMPT, videoId: 'video_0123456789abcdef' },
};

const images = (count: number) => Array.from({ length: count }, () => ({ imageUrl: IMAGE }));
const names = (count: number) =>
  Array.from({ length: count }, (_, i) => `<<<image_${i + 1}>>>`).join(' ');
const oneVideo = [{ videoUrl: VIDEO, referType: 'feature', keepOriginalSound: 'no' }] as const;
const baseVideo = [{ videoUrl: VIDEO, referType: 'base', keepOriginalSound: 'no' }] as const;
const shots = (...seconds: number[]) =>
  seconds.map((duration, i) => ({ index: i + 1, prompt: `shot ${i + 1} of a fox`, duration }));
const elements = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ elementId: `el_${i + 1}` }));
const elementNames = (count: number) =>
  Array.from({ length: count }, (_, i) => `<<<element_${i + 1}>>>`).join(' ');
const CUSTOM = { multiShot: true, shotType: 'customize', prompt: undefined } as const;

/** Everything else a request may carry, one variation at a time. */
const EXTRAS: Partial<VideoRequest>[] = [
  {},
  { negativePrompt: 'blurry, low quality' },
  { cfgScale: 0.5 },
  { aspectRatio: '9:16' },
  { imageList: images(2), prompt: `${PROMPT} like ${names(2)}` },
  {
    imageList: [{ imageUrl: IMAGE, type: 'first_frame' }],
    videoList: [...oneVideo],
    prompt: `${names(1)} moving like <<<video_1>>>`,
  },
  { imageList: images(2), prompt: `${PROMPT} like <<<image_1>>>` },
  { imageList: images(5), videoList: [...oneVideo], prompt: `${names(5)} <<<video_1>>>` },
  { imageList: images(2), negativePrompt: 'blur', prompt: `${PROMPT} ${names(2)}` },
  { callbackUrl: 'https://hooks.example.com/kling' },
  { callbackUrl: 'http://hooks.example.com/kling' },
  { elementList: [{ elementId: 'el_1' }] },
  { elementList: elements(1), prompt: `${PROMPT} with ${elementNames(1)}` },
  { elementList: elements(4), prompt: `${PROMPT} with ${elementNames(4)}` },
  {
    elementList: elements(3),
    imageList: images(5),
    prompt: `${names(5)} ${elementNames(3)}`,
  },
  {
    elementList: elements(2),
    imageList: images(2),
    prompt: `${names(2)} ${elementNames(2)}`,
  },
  { voiceList: [{ voiceId: 'voice_1' }], prompt: `<<<voice_1>>> says hello` },
  { voiceList: [{ voiceId: 'voice_1' }] },
  {
    voiceList: [{ voiceId: 'voice_1' }],
    elementList: elements(1),
    prompt: `<<<voice_1>>> and ${elementNames(1)}`,
  },
  { multiShot: true, shotType: 'intelligence' },
  { multiShot: true },
  { shotType: 'intelligence' },
  { ...CUSTOM, multiPrompt: shots(2, 3) },
  { ...CUSTOM, multiPrompt: shots(3, 3, 4) },
  { ...CUSTOM, multiPrompt: [{ index: 2, prompt: 'a fox', duration: 5 }] },
  { ...CUSTOM, multiPrompt: [{ index: 1, prompt: 's'.repeat(513), duration: 5 }] },
  { multiShot: true, shotType: 'intelligence', multiPrompt: shots(5) },
  {
    imageList: [
      { imageUrl: IMAGE, type: 'first_frame' },
      { imageUrl: IMAGE, type: 'first_frame' },
    ],
    prompt: names(2),
  },
  {
    imageList: [{ imageUrl: IMAGE, type: 'end_frame' }],
    videoList: [...baseVideo],
    prompt: `${names(1)} <<<video_1>>>`,
  },
  { startImageUrl: IMAGE },
  { videoId: 'video_other' },
  { prompt: undefined },
  { prompt: 'p'.repeat(2501) },
  { negativePrompt: 'n'.repeat(201) },
  { cfgScale: 1.5 },
];

const CAMERAS: VideoRequest['cameraControl'][] = [
  undefined,
  { type: 'simple', config: { horizontal: 0, vertical: 0, pan: 0.5, tilt: 0, roll: 0, zoom: 0 } },
  { type: 'forward_up' },
  { type: 'simple', config: { horizontal: 0, vertical: 0, pan: 0, tilt: 0, roll: 0, zoom: 1.5 } },
];

function* combinations(model: ModelId): Generator<VideoRequest> {
  const actions = Object.keys(BASES) as VideoRequest['action'][];
  const modes = [undefined, 'std', 'pro', '4k'] as const;
  const durations = [undefined, ...Array.from({ length: 14 }, (_, i) => i + 2)];
  for (const action of actions)
    for (const mode of modes)
      for (const duration of durations)
        for (const endImageUrl of [undefined, 'https://cdn.example.com/last.png'])
          for (const cameraControl of CAMERAS)
            for (const generateAudio of [undefined, false, true])
              for (const extra of EXTRAS) {
                const request: VideoRequest = {
                  action,
                  model,
                  ...BASES[action],
                  mode,
                  duration,
                  endImageUrl,
                  cameraControl,
                  generateAudio,
                  ...extra,
                };
                yield request;
              }
}

describe('validateVideoRequest agrees with the fake AceData server', () => {
  it.each(MODEL_IDS)('accepts exactly what the server accepts on %s', (model) => {
    const disagreements: string[] = [];
    let accepted = 0;
    let total = 0;
    for (const request of combinations(model)) {
      total += 1;
      const issues = validateVideoRequest(request);
      const body = toApiBody(request);
      const refusal = validateSubmission({ ...body, async: true });
      if (refusal === null) accepted += 1;
      if ((issues.length === 0) !== (refusal === null) && disagreements.length < 20) {
        const ours = issues.map((issue) => issue.message).join(' | ') || 'accepted';
        disagreements.push(
          `${JSON.stringify(body)}\n  app: ${ours}\n  server: ${refusal ?? 'accepted'}`,
        );
      }
    }
    expect(disagreements).toEqual([]);
    // Both sides must have something to agree on, or the test proves nothing.
    expect(total).toBeGreaterThan(30_000);
    expect(accepted).toBeGreaterThan(200);
    expect(total - accepted).toBeGreaterThan(200);
  });
});
