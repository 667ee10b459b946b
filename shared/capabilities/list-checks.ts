import type { ModelId } from '../models';
import { characterCount } from '../text-length';
import { blockerFor } from './field-rules';
import { inUse, settingsOf, usesCustomShots } from './fields';
import type { RuleField } from './fields';
import { capabilitiesOf, REQUEST_LIMITS } from './model-capabilities';
import type { VideoRequest } from './video-request';
import { listWords } from './wording';
import { ruleText } from '../rule-text';

/*
 * Checks on the lists a request carries (shots, elements, voices, image roles) and on the
 * names the prompt must give them. Each returns what is wrong and what to do, or null.
 */

type CountKey = 'shotCount' | 'elementCount' | 'voiceCount';

function countProblem(
  count: number,
  limits: { min: number; max: number },
  key: CountKey,
): string | null {
  if (count >= limits.min && count <= limits.max) return null;
  return ruleText(`rules:lists.${key}`, { min: limits.min, max: limits.max, given: count });
}

/** `multi_shot` needs its shot type. */
export function multiShotProblem(request: VideoRequest): string | null {
  if (request.shotType !== undefined) return null;
  return ruleText('rules:lists.shotType');
}

/** Custom shots need the shots themselves. */
export function shotTypeProblem(request: VideoRequest): string | null {
  if (request.shotType !== 'customize' || inUse(request.multiPrompt)) return null;
  const { min, max } = REQUEST_LIMITS.multiShot.shots;
  return ruleText('rules:lists.customShotsMissing', { min, max });
}

/** Shots: 1–6, numbered 1, 2, 3…, each a prompt ≤ 512 characters and ≥ 1 whole second, summing to the duration. */
export function multiPromptProblem(request: VideoRequest): string | null {
  const shots = request.multiPrompt ?? [];
  const limits = REQUEST_LIMITS.multiShot;
  const count = countProblem(shots.length, limits.shots, 'shotCount');
  if (count) return count;
  const misnumbered = shots.findIndex((shot, i) => shot.index !== i + 1);
  if (misnumbered >= 0) {
    const index = String(shots[misnumbered]?.index);
    return ruleText('rules:lists.misnumbered', { position: misnumbered + 1, index });
  }
  for (const shot of shots) {
    if (shot.prompt.trim() === '')
      return ruleText('rules:lists.shotNoPrompt', { index: shot.index });
    const length = characterCount(shot.prompt);
    if (length > limits.shotPromptMaxChars) {
      const max = limits.shotPromptMaxChars;
      return ruleText('rules:lists.shotTooLong', { index: shot.index, length, max });
    }
    if (!Number.isInteger(shot.duration) || shot.duration < limits.shotMinSeconds) {
      return ruleText('rules:lists.shotSeconds', { index: shot.index, min: limits.shotMinSeconds });
    }
  }
  const total = shots.reduce((sum, shot) => sum + shot.duration, 0);
  const { duration } = settingsOf(request);
  if (total === duration) return null;
  return ruleText('rules:lists.shotsTotal', { total, duration });
}

/** 1–3 elements; on a model with references, images and elements share one budget. */
export function elementListProblem(request: VideoRequest, model: ModelId): string | null {
  const elements = request.elementList ?? [];
  const count = countProblem(elements.length, REQUEST_LIMITS.elementList, 'elementCount');
  if (count) return count;
  if (!capabilitiesOf(model).references) return null;
  const withVideo = inUse(request.videoList);
  const limits = REQUEST_LIMITS.omniInputs;
  const max = withVideo ? limits.maxWithVideo : limits.max;
  const images = request.imageList?.length ?? 0;
  if (images + elements.length <= max) return null;
  const key = withVideo ? 'omniInputsWithVideo' : 'omniInputs';
  return ruleText(`rules:lists.${key}`, { max, given: images + elements.length });
}

export function voiceListProblem(request: VideoRequest): string | null {
  return countProblem(request.voiceList?.length ?? 0, REQUEST_LIMITS.voiceList, 'voiceCount');
}

/** Each frame role at most once, and none beside a base video, which sets the frames itself. */
export function imageRoleProblem(request: VideoRequest): string | null {
  const images = request.imageList ?? [];
  for (const role of ['first_frame', 'end_frame'] as const) {
    if (images.filter((image) => image.type === role).length > 1) {
      return ruleText(
        role === 'first_frame' ? 'rules:lists.oneFirstFrame' : 'rules:lists.oneEndFrame',
      );
    }
  }
  const base = request.videoList?.some((video) => video.referType === 'base') === true;
  if (base && images.some((image) => image.type !== undefined)) {
    return ruleText('rules:lists.baseVideoFrames');
  }
  return null;
}

const NAMED_LISTS = [
  ['imageList', 'image'],
  ['videoList', 'video'],
  ['elementList', 'element'],
  ['voiceList', 'voice'],
] as const satisfies readonly (readonly [RuleField, string])[];

/**
 * The model only uses what the prompt names (`<<<image_1>>>`, `<<<element_2>>>`…). With custom
 * shots the top-level prompt is not used, so the names must be in the shots.
 */
export function namingProblem(request: VideoRequest, model: ModelId): string | null {
  const ctx = { model, action: request.action, values: request };
  const names: string[] = [];
  for (const [field, noun] of NAMED_LISTS) {
    const items = request[field] ?? [];
    if (items.length === 0 || blockerFor(field, ctx) !== null) continue;
    items.forEach((_, index) => names.push(`<<<${noun}_${index + 1}>>>`));
  }
  const text = usesCustomShots(request)
    ? (request.multiPrompt ?? []).map((shot) => shot.prompt).join('\n')
    : (request.prompt ?? '');
  const missing = names.filter((name) => !text.includes(name));
  if (missing.length === 0) return null;
  const key = usesCustomShots(request) ? 'nameInShots' : 'nameInPrompt';
  return ruleText(`rules:lists.${key}`, { names: listWords(missing, 'and') });
}
