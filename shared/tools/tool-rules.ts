import { TOOL_KINDS, type ToolKind } from '../domain';
import { ruleText } from '../rule-text';

/*
 * The other Kling endpoints' rules as data, so the tool forms and main's check read the same
 * numbers. Source: AceData Kling API docs §10 ("Other Kling endpoints"), and Kling's motion
 * control docs for the two orientation words.
 */

/** Models `/kling/motion` accepts as `model_name`. */
export const MOTION_MODELS = ['kling-v2-6', 'kling-v3'] as const;
export type MotionModel = (typeof MOTION_MODELS)[number];

export const MOTION_MODES = ['std', 'pro'] as const;
export type MotionMode = (typeof MOTION_MODES)[number];

/** Whether the character faces as in the image or follows the motion video's turns. */
export const CHARACTER_ORIENTATIONS = ['image', 'video'] as const;
export type CharacterOrientation = (typeof CHARACTER_ORIENTATIONS)[number];

export const TOOL_LIMITS = {
  /** Lip-sync speaks at most this many characters (code points). */
  lipSyncTextMaxChars: 120,
  /** A library clip given by `video_id` must run 5 or 10 s … */
  lipSyncClipSeconds: [5, 10],
  /** … and be younger than this (Kling keeps the source for 30 days). */
  lipSyncClipMaxAgeDays: 30,
  /**
   * Talking photo chains image→video and lip-sync, so its spoken text has lip-sync's limit.
   */
  talkingPhotoTextMaxChars: 120,
  talkingPhotoDurations: [5, 10],
  /** Motion takes an optional prompt with the video endpoint's limit. */
  motionPromptMaxChars: 2500,
} as const;

const MB = 1024 * 1024;

/**
 * What a local video must be to be sent as a tool's `video_url`. Lip-sync: AceData Kling API
 * docs §10 (2–10 s, at most 100 MB). Motion control: Kling's motion-control docs (MP4/MOV, at
 * most 100 MB, sides 340–3850 px, 3–10 s when the character faces as in the image and 3–30 s
 * when it follows the video).
 */
export const TOOL_VIDEO_LIMITS = {
  'lip-sync': {
    containers: ['mp4', 'mov'],
    maxBytes: 100 * MB,
    seconds: { min: 2, max: 10 },
  },
  motion: {
    containers: ['mp4', 'mov'],
    maxBytes: 100 * MB,
    secondsByOrientation: { image: { min: 3, max: 10 }, video: { min: 3, max: 30 } },
    side: { min: 340, max: 3850 },
  },
} as const satisfies Record<'lip-sync' | 'motion', unknown>;

/** Where each kind of job is submitted; every one is polled through `/kling/tasks`. */
export const TOOL_ENDPOINTS: Readonly<Record<ToolKind, `/kling/${string}`>> = {
  motion: '/kling/motion',
  'lip-sync': '/kling/lip-sync',
  'talking-photo': '/kling/talking-photo',
};

/** What a person calls each tool, in the current language. */
export function toolLabel(kind: ToolKind): string {
  return ruleText(`rules:tool.${kind}`);
}

/**
 * `toolLabel` as a record: each name is read in the current language when it is looked up,
 * so a lookup at draw time follows a language switch (a copy made at import does not).
 */
export const TOOL_LABELS: Readonly<Record<ToolKind, string>> = Object.defineProperties(
  {} as Record<ToolKind, string>,
  Object.fromEntries(
    TOOL_KINDS.map((kind) => [kind, { enumerable: true, get: () => toolLabel(kind) }]),
  ),
);
