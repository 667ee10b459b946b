import { describe, expect, it } from 'vitest';
import { validateVideoRequest, VideoRequestSchema } from '../../../shared/capabilities';
import type { AspectRatio, VideoRequest } from '../../../shared/capabilities';

const IMG = 'https://cdn.example.com/a.png';
const VID = 'https://cdn.example.com/a.mp4';
const START = { action: 'image2video', startImageUrl: IMG } as const;
const END = { ...START, endImageUrl: 'https://cdn.example.com/z.png' } as const;
const PAN = { horizontal: 0, vertical: 0, pan: 0.3, tilt: 0, roll: 0, zoom: 0 };
const CAMERA = { cameraControl: { type: 'simple', config: PAN } } as const;
const REF_VIDEO = { videoUrl: VID, referType: 'feature', keepOriginalSound: 'yes' } as const;
const images = (n: number) => Array.from({ length: n }, () => ({ imageUrl: IMG }));
const named = (n: number, video = false) =>
  [...Array.from({ length: n }, (_, i) => `<<<image_${i + 1}>>>`), video ? '<<<video_1>>>' : '']
    .join(' ')
    .trim();

const shots = (...seconds: number[]) =>
  seconds.map((duration, i) => ({ index: i + 1, prompt: `shot ${i + 1}`, duration }));
const CUSTOM = { model: 'kling-v3', multiShot: true, shotType: 'customize' } as const;
const els = (n: number) => Array.from({ length: n }, (_, i) => ({ elementId: `el_${i + 1}` }));
const elNames = (n: number) =>
  Array.from({ length: n }, (_, i) => `<<<element_${i + 1}>>>`).join(' ');
const VOICE: Partial<VideoRequest> = {
  model: 'kling-v2-6',
  mode: 'pro',
  generateAudio: true,
  voiceList: [{ voiceId: 'voice_1' }],
  prompt: '<<<voice_1>>> says hello',
};

function request(partial: Partial<VideoRequest>): VideoRequest {
  return { action: 'text2video', model: 'kling-v1', prompt: 'a fox in snow', ...partial };
}

type Row = [label: string, partial: Partial<VideoRequest>];
type RefusedRow = [label: string, partial: Partial<VideoRequest>, field: string, words?: RegExp];

const ACCEPTED: Row[] = [
  ['text2video with a prompt', {}],
  ['kling-v3-turbo at 12 s', { model: 'kling-v3-turbo', duration: 12 }],
  ['kling-v3-turbo with audio asked for', { model: 'kling-v3-turbo', generateAudio: true }],
  ['kling-v3-turbo from a first frame', { ...START, model: 'kling-v3-turbo' }],
  ['automatic multi-shot', { model: 'kling-v3', multiShot: true, shotType: 'intelligence' }],
  [
    'three custom shots summing to 10 s, no top-level prompt',
    { ...CUSTOM, duration: 10, multiPrompt: shots(3, 3, 4), prompt: undefined },
  ],
  [
    'six custom shots on kling-v3-omni',
    { ...CUSTOM, model: 'kling-v3-omni', duration: 6, multiPrompt: shots(1, 1, 1, 1, 1, 1) },
  ],
  [
    'a shot prompt of 502 letters and 10 emoji',
    {
      ...CUSTOM,
      multiPrompt: [{ index: 1, prompt: 's'.repeat(502) + '🦊'.repeat(10), duration: 5 }],
    },
  ],
  ['three elements on kling-v3', { model: 'kling-v3', elementList: els(3), prompt: elNames(3) }],
  [
    'an element id given as a number',
    { model: 'kling-o1', elementList: [{ elementId: 42 }], prompt: elNames(1) },
  ],
  [
    'four images and three elements on kling-o1',
    {
      model: 'kling-o1',
      imageList: images(4),
      elementList: els(3),
      prompt: `${named(4)} ${elNames(3)}`,
    },
  ],
  ['one voice on kling-v2-6 pro with audio', VOICE],
  [
    'two voices',
    {
      ...VOICE,
      voiceList: [{ voiceId: 'a' }, { voiceId: 'b' }],
      prompt: '<<<voice_1>>> <<<voice_2>>>',
    },
  ],
  [
    'a first-frame and an end-frame reference image',
    {
      model: 'kling-v3-omni',
      imageList: [
        { imageUrl: IMG, type: 'first_frame' },
        { imageUrl: IMG, type: 'end_frame' },
      ],
      prompt: named(2),
    },
  ],
  ['image2video with an https start image and no prompt', { ...START, prompt: undefined }],
  [
    'image2video with an http start image',
    { ...START, startImageUrl: 'http://cdn.example.com/a.png' },
  ],
  ['extend on kling-v1', { action: 'extend', videoId: 'video_1' }],
  ['extend on kling-v1-6', { action: 'extend', model: 'kling-v1-6', videoId: 'video_1' }],
  ['extend on kling-v2-5-turbo', { action: 'extend', model: 'kling-v2-5-turbo', videoId: 'v' }],
  [
    'extend with every field it takes',
    {
      action: 'extend',
      videoId: 'v',
      mode: 'pro',
      duration: 10,
      negativePrompt: 'blur',
      cfgScale: 0.4,
      callbackUrl: 'https://h.example.com',
    },
  ],
  ['4k on kling-v3', { model: 'kling-v3', mode: '4k' }],
  ['4k on kling-v3-omni', { model: 'kling-v3-omni', mode: '4k' }],
  ['each aspect ratio', { aspectRatio: '1:1' }],
  ['an end frame on kling-v1 at 5 s', { ...END }],
  ['an end frame on kling-v1-6 in pro', { ...END, model: 'kling-v1-6', mode: 'pro' }],
  ['an end frame on kling-v2-5-turbo in pro', { ...END, model: 'kling-v2-5-turbo', mode: 'pro' }],
  ['an end frame on kling-v2-6 in pro', { ...END, model: 'kling-v2-6', mode: 'pro' }],
  ['an end frame on kling-v3 in 4k', { ...END, model: 'kling-v3', mode: '4k' }],
  ['an end frame on kling-v3-omni', { ...END, model: 'kling-v3-omni' }],
  ['an end frame on kling-o1', { ...END, model: 'kling-o1' }],
  ['camera control on kling-v1 at 5 s', { ...CAMERA, duration: 5 }],
  [
    'camera control on kling-v3 in pro at 12 s',
    { ...CAMERA, model: 'kling-v3', mode: 'pro', duration: 12 },
  ],
  ['a camera move without config', { cameraControl: { type: 'down_back' } }],
  [
    'camera axes at the limits',
    { cameraControl: { type: 'simple', config: { ...PAN, pan: -1, zoom: 1 } } },
  ],
  ['audio on kling-v3', { model: 'kling-v3', generateAudio: true }],
  ['audio on kling-v3-omni in 4k', { model: 'kling-v3-omni', mode: '4k', generateAudio: true }],
  ['audio on kling-v2-6 in pro', { model: 'kling-v2-6', mode: 'pro', generateAudio: true }],
  ['audio switched off on kling-v1', { generateAudio: false }],
  ['one named image on kling-o1', { model: 'kling-o1', imageList: images(1), prompt: named(1) }],
  [
    'seven named images on kling-v3-omni',
    { model: 'kling-v3-omni', imageList: images(7), prompt: named(7) },
  ],
  [
    'four images and a video',
    { model: 'kling-o1', imageList: images(4), videoList: [REF_VIDEO], prompt: named(4, true) },
  ],
  [
    'a video reference alone',
    { model: 'kling-o1', videoList: [REF_VIDEO], prompt: 'like <<<video_1>>>' },
  ],
  [
    'typed frames in image_list',
    { model: 'kling-o1', imageList: [{ imageUrl: IMG, type: 'end_frame' }], prompt: named(1) },
  ],
  ['a prompt of 2500 characters', { prompt: 'p'.repeat(2500) }],
  // 2,510 UTF-16 units but 2,500 characters: emoji count once, as people count them.
  ['a prompt of 2490 letters and 10 emoji', { prompt: 'p'.repeat(2490) + '🦊'.repeat(10) }],
  [
    'a negative prompt of 195 letters and 5 emoji',
    { negativePrompt: 'n'.repeat(195) + '🌧'.repeat(5) },
  ],
  ['a negative prompt of 200 characters', { negativePrompt: 'n'.repeat(200) }],
  ['cfg scale 0', { cfgScale: 0 }],
  ['cfg scale 1', { cfgScale: 1 }],
  ['an https callback', { callbackUrl: 'https://hooks.example.com/k' }],
];

const REFUSED: RefusedRow[] = [
  ['text2video without a prompt', { prompt: undefined }, 'prompt', /write a prompt/i],
  ['text2video with a blank prompt', { prompt: '   ' }, 'prompt'],
  [
    'image2video without a start image',
    { action: 'image2video' },
    'startImageUrl',
    /add a start frame/i,
  ],
  [
    'a data: start image',
    { ...START, startImageUrl: 'data:image/png;base64,AA' },
    'startImageUrl',
    /http\(s\)/,
  ],
  ['an ftp start image', { ...START, startImageUrl: 'ftp://example.com/a.png' }, 'startImageUrl'],
  ['a start image on text2video', { startImageUrl: IMG }, 'startImageUrl', /image-to-video/],
  ['extend without a video id', { action: 'extend' }, 'videoId', /video id/],
  [
    'extend on kling-o1',
    { action: 'extend', model: 'kling-o1', videoId: 'v' },
    'model',
    /kling-o1 cannot extend a video: choose kling-v1, kling-v1-6 or kling-v2-5-turbo/,
  ],
  ['extend on kling-v3', { action: 'extend', model: 'kling-v3', videoId: 'v' }, 'model'],
  [
    'extend with an aspect ratio',
    { action: 'extend', videoId: 'v', aspectRatio: '16:9' },
    'aspectRatio',
    /Extending a video takes no aspect ratio/,
  ],
  ['extend with camera control', { action: 'extend', videoId: 'v', ...CAMERA }, 'cameraControl'],
  ['extend with audio', { action: 'extend', videoId: 'v', generateAudio: true }, 'generateAudio'],
  [
    'extend with a start image',
    { action: 'extend', videoId: 'v', startImageUrl: IMG },
    'startImageUrl',
  ],
  [
    'extend with references',
    { action: 'extend', model: 'kling-v1', videoId: 'v', imageList: images(1) },
    'imageList',
  ],
  ['a video id outside extend', { videoId: 'v' }, 'videoId'],
  [
    '4k on kling-v2-6',
    { model: 'kling-v2-6', mode: '4k' },
    'mode',
    /kling-v2-6 has no 4k mode: choose std or pro mode, or switch to kling-v3 or kling-v3-omni/,
  ],
  [
    '10 s on kling-o1',
    { model: 'kling-o1', duration: 10 },
    'duration',
    /kling-o1 makes videos of 5 s only: choose 5 s/,
  ],
  ['16 s on kling-v3', { model: 'kling-v3', duration: 16 }, 'duration', /3 to 15 whole seconds/],
  ['an unknown aspect ratio', { aspectRatio: '4:3' as AspectRatio }, 'aspectRatio'],
  ['an end frame on kling-v2-master', { ...END, model: 'kling-v2-master' }, 'endImageUrl'],
  ['an end frame on kling-v2-1-master', { ...END, model: 'kling-v2-1-master' }, 'endImageUrl'],
  [
    'an end frame on kling-v1 at 10 s',
    { ...END, duration: 10 },
    'endImageUrl',
    /only at 5 s: choose 5 s/,
  ],
  [
    'an end frame on kling-v1-6 in std',
    { ...END, model: 'kling-v1-6' },
    'endImageUrl',
    /kling-v1-6 allows an end frame only in pro mode: switch to pro mode/,
  ],
  [
    'an end frame on kling-v2-5-turbo in std',
    { ...END, model: 'kling-v2-5-turbo', mode: 'std' },
    'endImageUrl',
  ],
  ['an end frame on kling-v2-6 in std', { ...END, model: 'kling-v2-6' }, 'endImageUrl'],
  [
    'an end frame on kling-v3 at 10 s',
    { ...END, model: 'kling-v3', duration: 10 },
    'endImageUrl',
    /5 s long/,
  ],
  ['an end frame on text2video', { endImageUrl: IMG }, 'endImageUrl', /image-to-video/],
  ['an end frame that is not a URL', { ...END, endImageUrl: 'last.png' }, 'endImageUrl'],
  [
    'camera control on kling-v1 at 10 s',
    { ...CAMERA, duration: 10 },
    'cameraControl',
    /kling-v1 allows camera control only at 5 s/,
  ],
  [
    'camera control on kling-v3 in 4k',
    { ...CAMERA, model: 'kling-v3', mode: '4k' },
    'cameraControl',
    /only in std or pro mode/,
  ],
  ['camera control on kling-v1-6', { ...CAMERA, model: 'kling-v1-6' }, 'cameraControl'],
  ['camera control on kling-v3-omni', { ...CAMERA, model: 'kling-v3-omni' }, 'cameraControl'],
  ['camera control on kling-o1', { ...CAMERA, model: 'kling-o1' }, 'cameraControl'],
  ['camera control with a start image', { ...START, ...CAMERA }, 'cameraControl', /start frame/],
  [
    'config on a preset camera move',
    { cameraControl: { type: 'forward_up', config: PAN } },
    'cameraControl',
    /simple/,
  ],
  [
    'a camera axis beyond 1',
    { cameraControl: { type: 'simple', config: { ...PAN, tilt: 1.5 } } },
    'cameraControl',
    /tilt/,
  ],
  [
    'a camera axis below -1',
    { cameraControl: { type: 'simple', config: { ...PAN, roll: -2 } } },
    'cameraControl',
  ],
  [
    'audio on kling-v1',
    { generateAudio: true },
    'generateAudio',
    /kling-v1 has no generated audio: remove the generated audio or choose kling-v3, kling-v3-omni or kling-v3-turbo/,
  ],
  [
    'audio on kling-v2-6 in std',
    { model: 'kling-v2-6', generateAudio: true },
    'generateAudio',
    /only in pro mode/,
  ],
  ['audio on kling-o1', { model: 'kling-o1', generateAudio: true }, 'generateAudio'],
  [
    'references on kling-v3',
    { model: 'kling-v3', imageList: images(1), prompt: named(1) },
    'imageList',
    /choose kling-v3-omni or kling-o1/,
  ],
  [
    'a video reference on kling-v2-6',
    { model: 'kling-v2-6', videoList: [REF_VIDEO], prompt: '<<<video_1>>>' },
    'videoList',
  ],
  [
    'references with image2video',
    { ...START, model: 'kling-o1', imageList: images(1), prompt: named(1) },
    'imageList',
  ],
  [
    'references in 4k',
    { model: 'kling-v3-omni', mode: '4k', imageList: images(1), prompt: named(1) },
    'imageList',
    /4k/,
  ],
  [
    'references with a negative prompt',
    { model: 'kling-o1', imageList: images(1), prompt: named(1), negativePrompt: 'x' },
    'negativePrompt',
  ],
  [
    'references with a cfg scale',
    { model: 'kling-o1', imageList: images(1), prompt: named(1), cfgScale: 0.5 },
    'cfgScale',
  ],
  [
    'references with camera control',
    { model: 'kling-v3-omni', imageList: images(1), prompt: named(1), ...CAMERA },
    'cameraControl',
  ],
  [
    'an image not named in the prompt',
    { model: 'kling-o1', imageList: images(2), prompt: '<<<image_1>>>' },
    'prompt',
    /<<<image_2>>>/,
  ],
  [
    'a video not named in the prompt',
    { model: 'kling-o1', videoList: [REF_VIDEO], prompt: 'x' },
    'prompt',
    /<<<video_1>>>/,
  ],
  ['no reference images', { model: 'kling-o1', imageList: [], prompt: 'x' }, 'imageList'],
  [
    'eight reference images',
    { model: 'kling-o1', imageList: images(8), prompt: named(8) },
    'imageList',
    /1 to 7/,
  ],
  [
    'five images with a video',
    { model: 'kling-o1', imageList: images(5), videoList: [REF_VIDEO], prompt: named(5, true) },
    'imageList',
    /1 to 4/,
  ],
  [
    'two reference videos',
    { model: 'kling-o1', videoList: [REF_VIDEO, REF_VIDEO], prompt: '<<<video_1>>>' },
    'videoList',
    /exactly 1/,
  ],
  [
    'a reference image that is not a URL',
    { model: 'kling-o1', imageList: [{ imageUrl: 'a.png' }], prompt: named(1) },
    'imageList',
  ],
  [
    'elements on kling-v1',
    { elementList: [{ elementId: 'e1' }] },
    'elementList',
    /kling-v1 takes no elements/,
  ],
  ['a prompt of 2501 characters', { prompt: 'p'.repeat(2501) }, 'prompt', /2500/],
  [
    'a prompt of 2490 letters and 11 emoji',
    { prompt: 'p'.repeat(2490) + '🦊'.repeat(11) },
    'prompt',
    /has 2501 characters/,
  ],
  [
    'a negative prompt of 195 letters and 6 emoji',
    { negativePrompt: 'n'.repeat(195) + '🌧'.repeat(6) },
    'negativePrompt',
    /has 201 characters/,
  ],
  [
    'a negative prompt of 201 characters',
    { negativePrompt: 'n'.repeat(201) },
    'negativePrompt',
    /200/,
  ],
  ['cfg scale below 0', { cfgScale: -0.1 }, 'cfgScale'],
  [
    'kling-v3-turbo with audio off',
    { model: 'kling-v3-turbo', generateAudio: false },
    'generateAudio',
    /always makes sound/,
  ],
  [
    'kling-v3-turbo with an end frame',
    { ...END, model: 'kling-v3-turbo' },
    'endImageUrl',
    /no end frame/,
  ],
  [
    'kling-v3-turbo with a camera move',
    { model: 'kling-v3-turbo', ...CAMERA },
    'cameraControl',
    /no camera control/,
  ],
  [
    'kling-v3-turbo with a negative prompt',
    { model: 'kling-v3-turbo', negativePrompt: 'blur' },
    'negativePrompt',
    /takes no negative prompt/,
  ],
  [
    'kling-v3-turbo with a cfg scale',
    { model: 'kling-v3-turbo', cfgScale: 0.5 },
    'cfgScale',
    /takes no cfg scale/,
  ],
  ['kling-v3-turbo at 16 s', { model: 'kling-v3-turbo', duration: 16 }, 'duration', /3 to 15/],
  ['kling-v3-turbo in 4k', { model: 'kling-v3-turbo', mode: '4k' }, 'mode', /no 4k/],
  [
    'multi-shot on kling-v2-6',
    { model: 'kling-v2-6', multiShot: true, shotType: 'intelligence' },
    'multiShot',
    /takes no multi-shot/,
  ],
  [
    'multi-shot without a shot type',
    { model: 'kling-v3', multiShot: true },
    'multiShot',
    /shot type/,
  ],
  [
    'a shot type without multi-shot',
    { model: 'kling-v3', shotType: 'intelligence' },
    'shotType',
    /needs a multi-shot/,
  ],
  ['custom shot type without shots', { ...CUSTOM }, 'shotType', /add 1 to 6 shots/],
  [
    'shots with the automatic type',
    { model: 'kling-v3', multiShot: true, shotType: 'intelligence', multiPrompt: shots(5) },
    'multiPrompt',
    /custom shot type/,
  ],
  [
    'seven shots',
    { ...CUSTOM, duration: 7, multiPrompt: shots(1, 1, 1, 1, 1, 1, 1) },
    'multiPrompt',
    /1 to 6 shots/,
  ],
  [
    'shots numbered from 2',
    { ...CUSTOM, multiPrompt: [{ index: 2, prompt: 'a', duration: 5 }] },
    'multiPrompt',
    /numbered 1, 2, 3/,
  ],
  [
    'shots numbered 1, 3',
    {
      ...CUSTOM,
      multiPrompt: [
        { index: 1, prompt: 'a', duration: 2 },
        { index: 3, prompt: 'b', duration: 3 },
      ],
    },
    'multiPrompt',
    /shot 2 is numbered 3/,
  ],
  [
    'a shot prompt of 513 characters',
    { ...CUSTOM, multiPrompt: [{ index: 1, prompt: 's'.repeat(513), duration: 5 }] },
    'multiPrompt',
    /513 characters, more than 512/,
  ],
  [
    'a shot without a prompt',
    { ...CUSTOM, multiPrompt: [{ index: 1, prompt: ' ', duration: 5 }] },
    'multiPrompt',
    /no prompt/,
  ],
  [
    'a shot of 2.5 s',
    {
      ...CUSTOM,
      multiPrompt: [
        { index: 1, prompt: 'a', duration: 2.5 },
        { index: 2, prompt: 'b', duration: 2.5 },
      ],
    },
    'multiPrompt',
    /whole seconds/,
  ],
  [
    'a shot of 0 s',
    {
      ...CUSTOM,
      multiPrompt: [
        { index: 1, prompt: 'a', duration: 0 },
        { index: 2, prompt: 'b', duration: 5 },
      ],
    },
    'multiPrompt',
    /at least 1/,
  ],
  [
    'shots summing to 9 of 10 s',
    { ...CUSTOM, duration: 10, multiPrompt: shots(3, 3, 3) },
    'multiPrompt',
    /add up to 9 s but the video is 10 s/,
  ],
  [
    'four elements',
    { model: 'kling-v3', elementList: els(4), prompt: elNames(4) },
    'elementList',
    /1 to 3 elements/,
  ],
  [
    'elements on kling-v2-6',
    { model: 'kling-v2-6', elementList: els(1), prompt: elNames(1) },
    'elementList',
    /takes no elements/,
  ],
  [
    'an element the prompt does not name',
    { model: 'kling-v3', elementList: els(2), prompt: elNames(1) },
    'prompt',
    /<<<element_2>>>/,
  ],
  [
    'five images and three elements on kling-o1',
    {
      model: 'kling-o1',
      imageList: images(5),
      elementList: els(3),
      prompt: `${named(5)} ${elNames(3)}`,
    },
    'elementList',
    /at most 7 reference images and elements together/,
  ],
  [
    'three images, two elements and a video on kling-v3-omni',
    {
      model: 'kling-v3-omni',
      imageList: images(3),
      elementList: els(2),
      videoList: [REF_VIDEO],
      prompt: `${named(3, true)} ${elNames(2)}`,
    },
    'elementList',
    /at most 4 .* when a reference video/,
  ],
  ['a voice on kling-v3', { ...VOICE, model: 'kling-v3' }, 'voiceList', /kling-v3 has no voices/],
  ['a voice in std mode', { ...VOICE, mode: 'std' }, 'voiceList', /only in pro mode/],
  [
    'a voice without audio',
    { ...VOICE, generateAudio: undefined },
    'voiceList',
    /turn on generated audio/,
  ],
  [
    'a voice with elements',
    { ...VOICE, elementList: els(1), prompt: `<<<voice_1>>> ${elNames(1)}` },
    'voiceList',
    /cannot be used together with elements/,
  ],
  [
    'three voices',
    {
      ...VOICE,
      voiceList: [{ voiceId: 'a' }, { voiceId: 'b' }, { voiceId: 'c' }],
      prompt: '<<<voice_1>>> <<<voice_2>>> <<<voice_3>>>',
    },
    'voiceList',
    /1 to 2 voices/,
  ],
  ['a voice the prompt does not name', { ...VOICE, prompt: 'hello' }, 'prompt', /<<<voice_1>>>/],
  [
    'a custom shot list that does not name an element',
    { ...CUSTOM, elementList: els(1), prompt: elNames(1), multiPrompt: shots(5) },
    'multiPrompt',
    /in the shots: add <<<element_1>>>/,
  ],
  [
    'audio with a reference video',
    {
      model: 'kling-v3-omni',
      generateAudio: true,
      videoList: [REF_VIDEO],
      prompt: '<<<video_1>>>',
    },
    'generateAudio',
    /not generated when a reference video/,
  ],
  [
    'two first-frame images',
    {
      model: 'kling-o1',
      imageList: [
        { imageUrl: IMG, type: 'first_frame' },
        { imageUrl: IMG, type: 'first_frame' },
      ],
      prompt: named(2),
    },
    'imageList',
    /only one reference image can be the first frame/i,
  ],
  [
    'a framed image beside a base video',
    {
      model: 'kling-o1',
      imageList: [{ imageUrl: IMG, type: 'end_frame' }],
      videoList: [{ ...REF_VIDEO, referType: 'base' }],
      prompt: named(1, true),
    },
    'imageList',
    /base reference video/,
  ],
  ['cfg scale above 1', { cfgScale: 1.1 }, 'cfgScale'],
  ['an http callback', { callbackUrl: 'http://hooks.example.com/k' }, 'callbackUrl', /https/],
];

describe('validateVideoRequest', () => {
  it.each(ACCEPTED)('accepts %s', (_label, partial) => {
    expect(validateVideoRequest(request(partial))).toEqual([]);
  });

  it.each(REFUSED)('refuses %s', (_label, partial, field, words) => {
    const issues = validateVideoRequest(request(partial));
    const onField = issues.filter((issue) => issue.field === field);
    expect(onField, JSON.stringify(issues)).toHaveLength(1);
    if (words) expect(onField[0]?.message).toMatch(words);
    // Every message says what is wrong, then what to do about it.
    for (const issue of issues) expect(issue.message).toMatch(/\S: \S/);
  });

  it('words the end-frame refusal as the brief asks', () => {
    expect(validateVideoRequest(request({ ...END, model: 'kling-v2-master' }))).toEqual([
      {
        field: 'endImageUrl',
        message:
          'kling-v2-master has no end frame: remove the end frame or choose kling-v3, kling-v3-omni or kling-o1',
      },
    ]);
  });
});

describe('the kling-video-o1 alias', () => {
  const parse = (extra: Record<string, unknown>) =>
    VideoRequestSchema.parse({
      action: 'text2video',
      model: 'kling-video-o1',
      prompt: 'x',
      ...extra,
    });

  it('validates with the rules of kling-o1', () => {
    expect(parse({}).model).toBe('kling-o1');
    expect(validateVideoRequest(parse({ duration: 5 }))).toEqual([]);
    expect(validateVideoRequest(parse({ duration: 10 }))[0]?.message).toMatch(/^kling-o1 makes/);
  });

  it('is understood even when a caller skipped the schema', () => {
    const raw = { action: 'text2video', model: 'kling-video-o1', prompt: 'x', duration: 10 };
    const issues = validateVideoRequest(raw as unknown as VideoRequest);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/^kling-o1 makes/);
  });
});
