import type { Action } from '../domain';
import type { ModelId } from '../models';
import { REQUEST_DEFAULTS } from './model-capabilities';
import type { Settings } from './model-capabilities';
import type { VideoRequest } from './video-request';
import { ruleText } from '../rule-text';

/**
 * The optional settings the composer shows, in the order the rules judge them: references and
 * elements first, since whether they stay decides what the settings after them may do, and
 * voices after generated audio, which they need.
 */
export const COMPOSER_FIELDS = [
  'prompt',
  'imageList',
  'videoList',
  'elementList',
  'multiShot',
  'shotType',
  'multiPrompt',
  'negativePrompt',
  'mode',
  'duration',
  'aspectRatio',
  'cfgScale',
  'cameraControl',
  'startImageUrl',
  'endImageUrl',
  'videoId',
  'generateAudio',
  'voiceList',
  'callbackUrl',
] as const;
export type ComposerField = (typeof COMPOSER_FIELDS)[number];
export type RuleField = ComposerField;
export const RULE_FIELDS: readonly RuleField[] = COMPOSER_FIELDS;

export type RequestValues = Partial<VideoRequest>;

export interface RuleContext {
  model: ModelId;
  action: Action;
  values: RequestValues;
}

/** `reason` says what is wrong; `fix` what to do about it. */
export interface Blocker {
  reason: string;
  fix: string;
}

/** The one name of each request field in messages and the composer ("start frame", not "start image"). */
export function labelOf(field: RuleField): string {
  return ruleText(`rules:field.${field}`);
}

function isRuleField(field: string): field is RuleField {
  return (RULE_FIELDS as readonly string[]).includes(field);
}

/**
 * `labelOf` for a field name that arrives as a plain string (a validation issue's `field`);
 * a name outside the table is shown as it is rather than hidden.
 */
export function fieldLabel(field: string): string {
  return isRuleField(field) ? labelOf(field) : field;
}

/** `false` is the provider's default for a switch, so it counts as not asking for anything. */
export function inUse(value: unknown): boolean {
  return value !== undefined && value !== false;
}

export function settingsOf(values: RequestValues): Settings {
  return {
    mode: values.mode ?? REQUEST_DEFAULTS.mode,
    duration: values.duration ?? REQUEST_DEFAULTS.duration,
  };
}

export function usesReferences(values: RequestValues): boolean {
  return inUse(values.imageList) || inUse(values.videoList);
}

/** Custom shots carry their own prompts; the top-level prompt is then not used. */
export function usesCustomShots(values: RequestValues): boolean {
  return values.multiShot === true && values.shotType === 'customize';
}

/**
 * The words that describe the video, for the library and its search: the prompt, or with
 * custom shots (whose prompt is not used) each shot's prompt in order, joined by " / ".
 */
export function describedPrompt(values: RequestValues): string {
  if (!usesCustomShots(values)) return values.prompt ?? '';
  return (values.multiPrompt ?? []).map((shot) => shot.prompt.trim()).join(' / ');
}
