import { describe, expect, it } from 'vitest';
import { MODEL_IDS } from '../../../shared/models';
import type { ModelId } from '../../../shared/models';
import {
  MODEL_CAPABILITIES,
  modelsFor,
  optionsFor,
  validateVideoRequest,
} from '../../../shared/capabilities';
import type { Mode, VideoRequest } from '../../../shared/capabilities';

/** Written out by hand from kling-api.md §2, independently of the data under test. */
const EXPECTED: Record<ModelId, { modes: Mode[]; durations: number[]; extend: boolean }> = {
  'kling-v1': { modes: ['std', 'pro'], durations: [5, 10], extend: true },
  'kling-v1-6': { modes: ['std', 'pro'], durations: [5, 10], extend: true },
  'kling-v2-master': { modes: ['std', 'pro'], durations: [5, 10], extend: false },
  'kling-v2-1-master': { modes: ['std', 'pro'], durations: [5, 10], extend: false },
  'kling-v2-5-turbo': { modes: ['std', 'pro'], durations: [5, 10], extend: true },
  'kling-v2-6': { modes: ['std', 'pro'], durations: [5, 10], extend: false },
  'kling-v3': {
    modes: ['std', 'pro', '4k'],
    durations: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    extend: false,
  },
  'kling-v3-omni': {
    modes: ['std', 'pro', '4k'],
    durations: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    extend: false,
  },
  'kling-v3-turbo': {
    modes: ['std', 'pro'],
    durations: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    extend: false,
  },
  'kling-o1': { modes: ['std', 'pro'], durations: [5], extend: false },
};

const ALL_MODES: Mode[] = ['std', 'pro', '4k'];
const TRIED_DURATIONS = [0, 1, 2, 3, 4, 5, 6, 7, 7.5, 8, 9, 10, 11, 12, 13, 14, 15, 16, 20];

describe('capability data', () => {
  it('has an entry for every model id and nothing else', () => {
    expect(Object.keys(MODEL_CAPABILITIES).sort()).toEqual([...MODEL_IDS].sort());
    for (const model of MODEL_IDS) expect(MODEL_CAPABILITIES[model], model).toBeDefined();
  });

  it.each(MODEL_IDS)('%s offers the expected modes and durations in the composer', (model) => {
    const options = optionsFor(model, 'text2video');
    expect(options.modes).toEqual(EXPECTED[model].modes);
    expect(options.durations).toEqual(EXPECTED[model].durations);
    expect(options.aspectRatios).toEqual(['16:9', '9:16', '1:1']);
  });

  it('lists exactly kling-v1, kling-v1-6 and kling-v2-5-turbo as able to extend', () => {
    const expected = MODEL_IDS.filter((model) => EXPECTED[model].extend);
    expect(modelsFor('extend')).toEqual(expected);
    expect(modelsFor('text2video')).toEqual([...MODEL_IDS]);
    expect(modelsFor('image2video')).toEqual([...MODEL_IDS]);
  });
});

const combos = MODEL_IDS.flatMap((model) =>
  ALL_MODES.flatMap((mode) =>
    TRIED_DURATIONS.map((duration) => {
      const ok =
        EXPECTED[model].modes.includes(mode) && EXPECTED[model].durations.includes(duration);
      return { model, mode, duration, ok };
    }),
  ),
);

describe('every model × mode × duration', () => {
  it.each(combos)('$model $mode $duration s → accepted: $ok', ({ model, mode, duration, ok }) => {
    const request: VideoRequest = { action: 'text2video', model, prompt: 'a fox', mode, duration };
    const issues = validateVideoRequest(request);
    if (ok) {
      expect(issues).toEqual([]);
    } else {
      expect(issues.length).toBeGreaterThan(0);
      for (const issue of issues) expect(['mode', 'duration']).toContain(issue.field);
    }
  });
});
