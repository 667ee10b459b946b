import { describe, expect, it } from 'vitest';
import { MODEL_IDS } from '../../../shared/models';
import type { ModelId } from '../../../shared/models';
import {
  adjustForModel,
  COMPOSER_FIELDS,
  fieldAvailability,
  fieldLabel,
  modelsFor,
  optionsFor,
  validateVideoRequest,
} from '../../../shared/capabilities';
import type { Action } from '../../../shared/domain';
import type {
  ComposerValues,
  Mode,
  RequestValues,
  VideoRequest,
} from '../../../shared/capabilities';

const IMG = 'https://cdn.example.com/a.png';
const PAN = { horizontal: 0, vertical: 0, pan: 0.3, tilt: 0, roll: 0, zoom: 0 };
const CAMERA = { type: 'simple', config: PAN } as const;
const REF_VIDEO = { videoUrl: IMG, referType: 'base', keepOriginalSound: 'no' } as const;

function availability(values: Partial<ComposerValues>) {
  return fieldAvailability({ model: 'kling-v1', action: 'text2video', ...values });
}

describe('fieldAvailability', () => {
  type Row = [label: string, values: Partial<ComposerValues>, field: string, reason: RegExp];
  const DISABLED: Row[] = [
    [
      'camera on kling-v2-1-master',
      { model: 'kling-v2-1-master' },
      'cameraControl',
      /^kling-v2-1-master has no camera control$/,
    ],
    ['camera on kling-v1 at 10 s', { duration: 10 }, 'cameraControl', /only at 5 s/],
    ['camera on kling-v3 in 4k', { model: 'kling-v3', mode: '4k' }, 'cameraControl', /std or pro/],
    ['camera in image2video', { action: 'image2video' }, 'cameraControl', /start frame/],
    [
      'camera with references',
      { model: 'kling-o1', imageList: [{ imageUrl: IMG }] },
      'cameraControl',
      /reference/,
    ],
    ['end frame in text2video', {}, 'endImageUrl', /image-to-video/],
    [
      'end frame on kling-v2-master',
      { model: 'kling-v2-master', action: 'image2video' },
      'endImageUrl',
      /has no end frame/,
    ],
    [
      'end frame on kling-v1-6 in std',
      { model: 'kling-v1-6', action: 'image2video' },
      'endImageUrl',
      /only in pro mode/,
    ],
    [
      'end frame at 10 s',
      { model: 'kling-v3', action: 'image2video', duration: 10 },
      'endImageUrl',
      /5 s/,
    ],
    ['audio on kling-v1', {}, 'generateAudio', /^kling-v1 has no generated audio$/],
    ['audio on kling-v2-6 in std', { model: 'kling-v2-6' }, 'generateAudio', /only in pro mode/],
    ['references on kling-v2-6', { model: 'kling-v2-6' }, 'imageList', /takes no reference/],
    ['a reference video on kling-v3', { model: 'kling-v3' }, 'videoList', /takes no reference/],
    [
      'references in image2video',
      { model: 'kling-o1', action: 'image2video' },
      'imageList',
      /text-to-video only/,
    ],
    ['references in 4k', { model: 'kling-v3-omni', mode: '4k' }, 'imageList', /4k/],
    [
      'a negative prompt with references',
      { model: 'kling-o1', videoList: [REF_VIDEO] },
      'negativePrompt',
      /reference/,
    ],
    [
      'cfg scale with references',
      { model: 'kling-o1', videoList: [REF_VIDEO] },
      'cfgScale',
      /reference/,
    ],
    [
      'aspect ratio on extend',
      { action: 'extend' },
      'aspectRatio',
      /^Extending a video takes no aspect ratio$/,
    ],
    ['audio on extend', { action: 'extend' }, 'generateAudio', /^Extending/],
    ['start image in text2video', {}, 'startImageUrl', /image-to-video/],
    ['video id outside extend', {}, 'videoId', /extending/],
  ];

  it.each(DISABLED)('disables %s with a reason', (_label, values, field, reason) => {
    const state = availability(values)[field as keyof ReturnType<typeof availability>];
    expect(state?.enabled).toBe(false);
    expect(state?.reason).toMatch(reason);
  });

  const ENABLED: Row[] = [
    ['camera on kling-v1 at 5 s', {}, 'cameraControl', /./],
    ['camera on kling-v3 in pro', { model: 'kling-v3', mode: 'pro' }, 'cameraControl', /./],
    [
      'end frame on kling-v1-6 in pro',
      { model: 'kling-v1-6', action: 'image2video', mode: 'pro' },
      'endImageUrl',
      /./,
    ],
    ['audio on kling-v2-6 in pro', { model: 'kling-v2-6', mode: 'pro' }, 'generateAudio', /./],
    ['references on kling-o1', { model: 'kling-o1' }, 'videoList', /./],
    ['video id on extend', { action: 'extend' }, 'videoId', /./],
    ['a negative prompt on extend', { action: 'extend' }, 'negativePrompt', /./],
    ['start image in image2video', { action: 'image2video' }, 'startImageUrl', /./],
  ];

  it.each(ENABLED)('enables %s', (_label, values, field) => {
    const state = availability(values)[field as keyof ReturnType<typeof availability>];
    expect(state).toEqual({ enabled: true, reason: null });
  });

  it('gives a reason exactly when a control is disabled, for every model and action', () => {
    for (const model of MODEL_IDS) {
      for (const action of ['text2video', 'image2video', 'extend'] as const) {
        for (const mode of ['std', 'pro', '4k'] as const) {
          const states = fieldAvailability({ model, action, mode, duration: 10 });
          expect(Object.keys(states).sort()).toEqual([...COMPOSER_FIELDS].sort());
          for (const state of Object.values(states)) {
            if (state.enabled) expect(state.reason).toBeNull();
            else expect(state.reason).toMatch(/\w+ \w+/);
          }
        }
      }
    }
  });

  it('offers elements on kling-o1 and says why kling-v1 has none', () => {
    expect(COMPOSER_FIELDS).toContain('elementList');
    expect(availability({ model: 'kling-o1' }).elementList).toEqual({
      enabled: true,
      reason: null,
    });
    expect(availability({ model: 'kling-v1' }).elementList).toEqual({
      enabled: false,
      reason: 'kling-v1 takes no elements',
    });
  });

  it('shows generated audio as always on, not as a choice, on kling-v3-turbo', () => {
    expect(availability({ model: 'kling-v3-turbo' }).generateAudio).toEqual({
      enabled: false,
      reason: 'kling-v3-turbo always makes sound',
    });
  });
});

describe('optionsFor', () => {
  it.each<[string, ModelId, Action, RequestValues, Mode[], number[] | number]>([
    [
      'references rule out 4k',
      'kling-v3-omni',
      'text2video',
      { imageList: [{ imageUrl: IMG }] },
      ['std', 'pro'],
      13,
    ],
    [
      'an end frame pins 5 s',
      'kling-v3',
      'image2video',
      { startImageUrl: IMG, endImageUrl: IMG },
      ['std', 'pro', '4k'],
      [5],
    ],
    [
      'an end frame on kling-v1-6 pins pro',
      'kling-v1-6',
      'image2video',
      { mode: 'pro', endImageUrl: IMG },
      ['pro'],
      [5],
    ],
    [
      'camera on kling-v3 rules out 4k',
      'kling-v3',
      'text2video',
      { cameraControl: CAMERA },
      ['std', 'pro'],
      13,
    ],
    [
      'camera on kling-v1 pins 5 s',
      'kling-v1',
      'text2video',
      { cameraControl: CAMERA },
      ['std', 'pro'],
      [5],
    ],
    [
      'audio on kling-v2-6 pins pro',
      'kling-v2-6',
      'text2video',
      { mode: 'pro', generateAudio: true },
      ['pro'],
      [5, 10],
    ],
    [
      'audio switched off narrows nothing',
      'kling-v2-6',
      'text2video',
      { generateAudio: false },
      ['std', 'pro'],
      [5, 10],
    ],
  ])('%s', (_label, model, action, values, modes, durations) => {
    const options = optionsFor(model, action, values);
    expect(options.modes).toEqual(modes);
    if (typeof durations === 'number') expect(options.durations).toHaveLength(durations);
    else expect(options.durations).toEqual(durations);
  });

  it('offers no aspect ratio to extend', () => {
    expect(optionsFor('kling-v1', 'extend').aspectRatios).toEqual([]);
    expect(optionsFor('kling-v1', 'text2video').aspectRatios).toHaveLength(3);
  });

  it('never offers a mode or duration that would break a valid request', () => {
    const valid: VideoRequest[] = [
      {
        action: 'text2video',
        model: 'kling-v3',
        prompt: 'x',
        cameraControl: CAMERA,
        generateAudio: true,
      },
      {
        action: 'image2video',
        model: 'kling-v1-6',
        mode: 'pro',
        startImageUrl: IMG,
        endImageUrl: IMG,
      },
      {
        action: 'text2video',
        model: 'kling-v3-omni',
        prompt: '<<<image_1>>>',
        imageList: [{ imageUrl: IMG }],
      },
      { action: 'text2video', model: 'kling-v2-6', mode: 'pro', prompt: 'x', generateAudio: true },
      { action: 'text2video', model: 'kling-v1', prompt: 'x', cameraControl: CAMERA },
    ];
    for (const request of valid) {
      expect(validateVideoRequest(request)).toEqual([]);
      const options = optionsFor(request.model, request.action, request);
      for (const mode of options.modes)
        expect(validateVideoRequest({ ...request, mode })).toEqual([]);
      for (const duration of options.durations) {
        expect(validateVideoRequest({ ...request, duration })).toEqual([]);
      }
    }
  });
});

describe('adjustForModel', () => {
  const v3Audio: RequestValues = {
    action: 'text2video',
    model: 'kling-v3',
    prompt: 'x',
    duration: 10,
    generateAudio: true,
  };

  it('drops audio but keeps 10 s when moving from kling-v3 to kling-v1', () => {
    const { values, dropped } = adjustForModel(v3Audio, 'kling-v1');
    expect(values).toEqual({ action: 'text2video', model: 'kling-v1', prompt: 'x', duration: 10 });
    expect(dropped).toEqual([
      { field: 'generateAudio', reason: 'kling-v1 has no generated audio' },
    ]);
  });

  it('drops 10 s on kling-o1 without putting 5 s in its place', () => {
    const { values, dropped } = adjustForModel(v3Audio, 'kling-o1');
    expect(values).toEqual({ action: 'text2video', model: 'kling-o1', prompt: 'x' });
    expect(dropped.map((d) => d.field)).toEqual(['duration', 'generateAudio']);
    expect(dropped[0]?.reason).toBe('kling-o1 makes videos of 5 s only');
  });

  it.each<[string, RequestValues, ModelId, string[]]>([
    ['4k on kling-v2-6', { model: 'kling-v3', mode: '4k' }, 'kling-v2-6', ['mode']],
    ['12 s on kling-v1', { model: 'kling-v3', duration: 12 }, 'kling-v1', ['duration']],
    [
      'audio after pro falls back to std',
      { model: 'kling-v3', mode: '4k', generateAudio: true },
      'kling-v2-6',
      ['mode', 'generateAudio'],
    ],
    [
      'camera on kling-v2-master',
      { model: 'kling-v1', cameraControl: CAMERA },
      'kling-v2-master',
      ['cameraControl'],
    ],
    [
      'camera on kling-v1 at 10 s',
      { model: 'kling-v3', duration: 10, cameraControl: CAMERA },
      'kling-v1',
      ['cameraControl'],
    ],
    [
      'references on kling-v3',
      { model: 'kling-o1', imageList: [{ imageUrl: IMG }], videoList: [REF_VIDEO] },
      'kling-v3',
      ['imageList', 'videoList'],
    ],
    [
      'an end frame on kling-v1-6 in std',
      { model: 'kling-v3', action: 'image2video', startImageUrl: IMG, endImageUrl: IMG },
      'kling-v1-6',
      ['endImageUrl'],
    ],
  ])('drops %s', (_label, values, model, fields) => {
    const change = adjustForModel({ action: 'text2video', prompt: 'x', ...values }, model);
    expect(change.dropped.map((d) => d.field)).toEqual(fields);
    for (const { field, reason } of change.dropped) {
      expect(change.values).not.toHaveProperty(field);
      expect(reason.length).toBeGreaterThan(10);
    }
  });

  it.each<[string, RequestValues, ModelId]>([
    [
      'audio in pro on kling-v3',
      { model: 'kling-v2-6', mode: 'pro', generateAudio: true },
      'kling-v3',
    ],
    [
      'an end frame in pro on kling-v2-5-turbo',
      {
        model: 'kling-v1-6',
        action: 'image2video',
        mode: 'pro',
        startImageUrl: IMG,
        endImageUrl: IMG,
      },
      'kling-v2-5-turbo',
    ],
    [
      'references on kling-v3-omni',
      { model: 'kling-o1', imageList: [{ imageUrl: IMG }] },
      'kling-v3-omni',
    ],
    [
      'a value that was already refused before',
      { model: 'kling-v1', startImageUrl: IMG },
      'kling-v3',
    ],
    [
      'the action, even one the model cannot do',
      { model: 'kling-v1', action: 'extend', videoId: 'v' },
      'kling-o1',
    ],
  ])('keeps %s', (_label, values, model) => {
    const start: RequestValues = { action: 'text2video', prompt: 'x', ...values };
    const change = adjustForModel(start, model);
    expect(change).toEqual({ values: { ...start, model }, dropped: [] });
  });

  it('leaves a valid request valid on every model that can perform its action', () => {
    const sources: VideoRequest[] = [
      { ...(v3Audio as VideoRequest), cameraControl: CAMERA, aspectRatio: '9:16', cfgScale: 0.5 },
      {
        action: 'image2video',
        model: 'kling-v3',
        mode: '4k',
        startImageUrl: IMG,
        endImageUrl: IMG,
        generateAudio: true,
      },
      {
        action: 'text2video',
        model: 'kling-v3-omni',
        mode: 'pro',
        duration: 7,
        prompt: '<<<image_1>>> <<<video_1>>>',
        imageList: [{ imageUrl: IMG }],
        videoList: [REF_VIDEO],
      },
      {
        action: 'extend',
        model: 'kling-v1-6',
        videoId: 'v',
        mode: 'pro',
        duration: 10,
        cfgScale: 0.3,
      },
    ];
    for (const source of sources) {
      expect(validateVideoRequest(source)).toEqual([]);
      for (const model of modelsFor(source.action) as ModelId[]) {
        const { values } = adjustForModel(source, model);
        expect(validateVideoRequest(values as VideoRequest), `${source.model} → ${model}`).toEqual(
          [],
        );
      }
    }
  });
});

describe('field names', () => {
  it('name the start image "start frame" in every refusal, as the composer heading does', () => {
    expect(fieldLabel('startImageUrl')).toBe('start frame');
    const reasons = (['text2video', 'image2video'] as const).flatMap((action) =>
      Object.values(fieldAvailability({ model: 'kling-v2-master', action })).flatMap((state) =>
        state.reason === null ? [] : [state.reason],
      ),
    );
    const missing = validateVideoRequest({ model: 'kling-v2-master', action: 'image2video' });
    const text = [...reasons, ...missing.map((issue) => issue.message)].join(' ');
    expect(text).toMatch(/start frame/);
    expect(text).not.toMatch(/start image/);
  });

  it('show a field name outside the table as it is', () => {
    expect(fieldLabel('somethingNew')).toBe('somethingNew');
  });
});
