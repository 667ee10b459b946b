import type { Action } from '../domain';
import { PROMPT_MAX_CHARS } from '../domain';
import { MODEL_IDS } from '../models';
import type { ModelId } from '../models';

export const MODES = ['std', 'pro', '4k'] as const;
export type Mode = (typeof MODES)[number];

export const ASPECT_RATIOS = ['16:9', '9:16', '1:1'] as const;
export type AspectRatio = (typeof ASPECT_RATIOS)[number];

export const CAMERA_TYPES = [
  'simple',
  'down_back',
  'forward_up',
  'left_turn_forward',
  'right_turn_forward',
] as const;
export type CameraType = (typeof CAMERA_TYPES)[number];

export const CAMERA_AXES = ['horizontal', 'vertical', 'pan', 'tilt', 'roll', 'zoom'] as const;
export type CameraAxis = (typeof CAMERA_AXES)[number];

/** The settings a conditional feature depends on; every key that is listed must match. */
export interface Condition {
  readonly mode?: readonly Mode[];
  readonly duration?: readonly number[];
}

/** The settings conditions are judged by, with the provider's defaults filled in. */
export interface Settings {
  mode: Mode;
  duration: number;
}

/** `true`: always available; `false`: never; `{ when }`: only with those settings. */
export type FeatureRule = boolean | { readonly when: Condition };

export interface ModelCapabilities {
  readonly actions: readonly Action[];
  readonly modes: readonly Mode[];
  /** Every accepted duration in seconds (whole seconds only). */
  readonly durations: readonly number[];
  readonly aspectRatios: readonly AspectRatio[];
  readonly endFrame: FeatureRule;
  readonly cameraControl: FeatureRule;
  readonly generateAudio: FeatureRule;
  /** Omni references: `image_list` / `video_list`. */
  readonly references: boolean;
  /** Sound is always made: `generate_audio` may be left out or `true`, never `false`. */
  readonly audioAlwaysOn: boolean;
  readonly negativePrompt: boolean;
  readonly cfgScale: boolean;
  /** `multi_shot` storyboards (automatic or custom shots). */
  readonly multiShot: boolean;
  /** `element_list`. */
  readonly elements: boolean;
  /** `voice_list`; it also needs generated audio on and no elements (kling-api.md §10). */
  readonly voices: FeatureRule;
  /** Per-model limits on a reference video; null when the model takes none. */
  readonly referenceVideo: ReferenceVideoLimits | null;
}

/** What a reference video must be on one model; seconds, pixels. */
export interface ReferenceVideoLimits {
  readonly seconds: { readonly min: number; readonly max: number };
  readonly side: { readonly min: number; readonly max: number };
  /** Width × height at most; null when only the sides are limited. */
  readonly maxPixels: number | null;
  /** Width / height; null when any ratio within the sides is taken. */
  readonly aspect: { readonly min: number; readonly max: number } | null;
}

export type Feature = 'endFrame' | 'cameraControl' | 'generateAudio' | 'voices';

const TEXT_AND_IMAGE: readonly Action[] = ['text2video', 'image2video'];
/*
 * Sources disagree on which models extend (kling-api.md §2 names kling-v1, kling-v1-5,
 * kling-v1-6 and kling-v2-5-turbo; kling-o1 cannot). Our choice: kling-v1, kling-v1-6 and
 * kling-v2-5-turbo extend, nothing else does (kling-v1-5 is not a model this API takes).
 * The fake server in tests/fixtures follows the same choice.
 */
const EXTENDABLE: readonly Action[] = ['text2video', 'image2video', 'extend'];
const STD_PRO: readonly Mode[] = ['std', 'pro'];
const PRO_ONLY: FeatureRule = { when: { mode: ['pro'] } };
const FIVE_SECONDS_ONLY: FeatureRule = { when: { duration: [5] } };
const WHOLE_SECONDS_3_TO_15: readonly number[] = Array.from({ length: 13 }, (_, i) => i + 3);

/** The first generations: std/pro, 5 or 10 s, no extras. Entries below list what differs. */
const BASELINE: ModelCapabilities = {
  actions: TEXT_AND_IMAGE,
  modes: STD_PRO,
  durations: [5, 10],
  aspectRatios: ASPECT_RATIOS,
  endFrame: false,
  cameraControl: false,
  generateAudio: false,
  references: false,
  audioAlwaysOn: false,
  negativePrompt: true,
  cfgScale: true,
  multiShot: false,
  elements: false,
  voices: false,
  referenceVideo: null,
};

const V3_FAMILY: ModelCapabilities = {
  ...BASELINE,
  modes: MODES,
  durations: WHOLE_SECONDS_3_TO_15,
  endFrame: true,
  generateAudio: true,
  multiShot: true,
  elements: true,
};

/* Reference video limits: AceData Kling API docs (video_list), as of 2026. */
const O1_REFERENCE_VIDEO: ReferenceVideoLimits = {
  seconds: { min: 3, max: 10 },
  side: { min: 700, max: 2160 },
  maxPixels: null,
  aspect: null,
};
const V3_OMNI_REFERENCE_VIDEO: ReferenceVideoLimits = {
  seconds: { min: 3, max: 15.5 },
  side: { min: 700, max: 4553 },
  maxPixels: 8_294_400,
  aspect: { min: 0.4, max: 2 },
};

/** Adding a model to MODEL_IDS without an entry here is a type error (and a failing test). */
export const MODEL_CAPABILITIES: Readonly<Record<ModelId, ModelCapabilities>> = {
  'kling-v1': {
    ...BASELINE,
    actions: EXTENDABLE,
    endFrame: FIVE_SECONDS_ONLY,
    cameraControl: FIVE_SECONDS_ONLY,
  },
  'kling-v1-6': { ...BASELINE, actions: EXTENDABLE, endFrame: PRO_ONLY },
  'kling-v2-master': BASELINE,
  'kling-v2-1-master': BASELINE,
  'kling-v2-5-turbo': { ...BASELINE, actions: EXTENDABLE, endFrame: PRO_ONLY },
  'kling-v2-6': { ...BASELINE, endFrame: PRO_ONLY, generateAudio: PRO_ONLY, voices: PRO_ONLY },
  // The provider's capability map: camera moves in std and pro, refused in 4k.
  'kling-v3': { ...V3_FAMILY, cameraControl: { when: { mode: STD_PRO } } },
  'kling-v3-omni': { ...V3_FAMILY, references: true, referenceVideo: V3_OMNI_REFERENCE_VIDEO },
  // AceData Kling API docs, 2026: a first frame only, sound always on, few knobs.
  'kling-v3-turbo': {
    ...BASELINE,
    durations: WHOLE_SECONDS_3_TO_15,
    generateAudio: true,
    audioAlwaysOn: true,
    negativePrompt: false,
    cfgScale: false,
  },
  // AceData keeps kling-o1 at 5 s, though Kling's own API takes longer clips since Dec 2025.
  'kling-o1': {
    ...BASELINE,
    durations: [5],
    endFrame: true,
    references: true,
    elements: true,
    referenceVideo: O1_REFERENCE_VIDEO,
  },
};

export interface RequestLimits {
  readonly promptMaxChars: number;
  readonly negativePromptMaxChars: number;
  readonly cfgScale: { readonly min: number; readonly max: number };
  readonly cameraAxis: { readonly min: number; readonly max: number };
  readonly imageList: { readonly min: number; readonly max: number; readonly maxWithVideo: number };
  readonly videoListLength: number;
  readonly endFrameDurations: readonly number[];
  /** Images and elements together on an omni request, without and with a reference video. */
  readonly omniInputs: { readonly max: number; readonly maxWithVideo: number };
  readonly elementList: { readonly min: number; readonly max: number };
  readonly voiceList: { readonly min: number; readonly max: number };
  readonly multiShot: {
    readonly shots: { readonly min: number; readonly max: number };
    readonly shotPromptMaxChars: number;
    readonly shotMinSeconds: number;
  };
  /** Reference video limits common to every model (see `referenceVideo` per model). */
  readonly referenceVideo: {
    readonly maxBytes: number;
    readonly fps: { readonly min: number; readonly max: number };
    readonly containers: readonly string[];
  };
}

/** Limits that hold whatever the model. */
export const REQUEST_LIMITS: RequestLimits = {
  promptMaxChars: PROMPT_MAX_CHARS,
  negativePromptMaxChars: 200,
  cfgScale: { min: 0, max: 1 },
  /** AceData's range; the official API uses [-10, 10]. */
  cameraAxis: { min: -1, max: 1 },
  imageList: { min: 1, max: 7, maxWithVideo: 4 },
  videoListLength: 1,
  /** A clip pinned at both ends is always 5 s, whatever the model. */
  endFrameDurations: [5],
  omniInputs: { max: 7, maxWithVideo: 4 },
  elementList: { min: 1, max: 3 },
  voiceList: { min: 1, max: 2 },
  multiShot: { shots: { min: 1, max: 6 }, shotPromptMaxChars: 512, shotMinSeconds: 1 },
  referenceVideo: {
    maxBytes: 200 * 1024 * 1024,
    fps: { min: 24, max: 60 },
    containers: ['mp4', 'mov'],
  },
};

/** What the provider assumes when a setting is left out. */
export const REQUEST_DEFAULTS: Readonly<Settings & { aspectRatio: AspectRatio }> = {
  mode: 'std',
  duration: 5,
  aspectRatio: '16:9',
};

/** The only settings an extend request carries (besides action and the callback). */
export const EXTEND_FIELDS = [
  'videoId',
  'prompt',
  'model',
  'mode',
  'duration',
  'negativePrompt',
  'cfgScale',
] as const;

/** Settings an omni request (one with references) cannot carry. */
export const OMNI_EXCLUDED_FIELDS = ['negativePrompt', 'cfgScale', 'cameraControl'] as const;
export const OMNI_EXCLUDED_MODES: readonly Mode[] = ['4k'];

export function capabilitiesOf(model: ModelId): ModelCapabilities {
  return MODEL_CAPABILITIES[model];
}

/** The parts of a condition the settings do not meet; empty when they meet all of it. */
export function unmetConditions(condition: Condition, settings: Settings): Condition {
  const unmet: { mode?: readonly Mode[]; duration?: readonly number[] } = {};
  if (condition.mode && !condition.mode.includes(settings.mode)) unmet.mode = condition.mode;
  if (condition.duration && !condition.duration.includes(settings.duration)) {
    unmet.duration = condition.duration;
  }
  return unmet;
}

export function ruleAllows(rule: FeatureRule, settings: Settings): boolean {
  if (typeof rule === 'boolean') return rule;
  const unmet = unmetConditions(rule.when, settings);
  return unmet.mode === undefined && unmet.duration === undefined;
}

/** Models that can perform an action, in the order the composer offers them. */
export function modelsFor(action: Action): ModelId[] {
  return MODEL_IDS.filter((model) => MODEL_CAPABILITIES[model].actions.includes(action));
}
