import type { Action } from '../domain';
import { canonicalModel } from '../models';
import type { ModelId } from '../models';
import { blockerFor, optionBlocker } from './field-rules';
import { inUse, RULE_FIELDS, usesCustomShots } from './fields';
import type { RuleField } from './fields';
import { CAMERA_AXES, capabilitiesOf, modelsFor, REQUEST_LIMITS } from './model-capabilities';
import type { VideoRequest } from './video-request';
import { characterCount } from '../text-length';
import {
  elementListProblem,
  imageRoleProblem,
  multiPromptProblem,
  multiShotProblem,
  namingProblem,
  shotTypeProblem,
  voiceListProblem,
} from './list-checks';
import { listWords } from './wording';
import { ruleText } from '../rule-text';

export interface ValidationIssue {
  field: keyof VideoRequest | string;
  /** What is wrong and what to do, in words for a person. */
  message: string;
}

const CANNOT_KEYS = {
  text2video: 'cannotText2video',
  image2video: 'cannotImage2video',
  extend: 'cannotExtend',
} as const satisfies Record<Action, string>;

function isWebUrl(value: string, protocols: readonly string[] = ['http:', 'https:']): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

function requiredIssues(request: VideoRequest): ValidationIssue[] {
  if (request.action === 'text2video' && isBlank(request.prompt) && !usesCustomShots(request)) {
    return [{ field: 'prompt', message: ruleText('rules:validate.needsPrompt') }];
  }
  if (request.action === 'image2video' && request.startImageUrl === undefined) {
    return [{ field: 'startImageUrl', message: ruleText('rules:validate.needsStartFrame') }];
  }
  if (request.action === 'extend' && isBlank(request.videoId)) {
    return [{ field: 'videoId', message: ruleText('rules:validate.needsVideoId') }];
  }
  return [];
}

function withinRange(value: number, range: { min: number; max: number }): boolean {
  return value >= range.min && value <= range.max;
}

/** The prompt's own rule: its length. The names it must give are checked by namingProblem. */
function promptProblem(request: VideoRequest): string | null {
  const max = REQUEST_LIMITS.promptMaxChars;
  const length = characterCount(request.prompt ?? '');
  if (length <= max) return null;
  return ruleText('rules:validate.promptTooLong', { length, max });
}

function imageListProblem(request: VideoRequest): string | null {
  const images = request.imageList ?? [];
  const limits = REQUEST_LIMITS.imageList;
  const max = inUse(request.videoList) ? limits.maxWithVideo : limits.max;
  if (images.length < limits.min || images.length > max) {
    const key = inUse(request.videoList) ? 'imageCountWithVideo' : 'imageCount';
    return ruleText(`rules:validate.${key}`, { min: limits.min, max, given: images.length });
  }
  if (images.some((image) => !isWebUrl(image.imageUrl))) return ruleText('rules:validate.imageUrl');
  return imageRoleProblem(request);
}

function videoListProblem(request: VideoRequest): string | null {
  const videos = request.videoList ?? [];
  const count = REQUEST_LIMITS.videoListLength;
  if (videos.length !== count) {
    return ruleText('rules:validate.videoCount', { expected: count, given: videos.length });
  }
  if (videos.some((video) => !isWebUrl(video.videoUrl))) return ruleText('rules:validate.videoUrl');
  return null;
}

function cameraProblem(request: VideoRequest): string | null {
  const camera = request.cameraControl;
  if (!camera?.config) return null;
  if (camera.type !== 'simple') {
    return ruleText('rules:validate.cameraConfig');
  }
  const range = REQUEST_LIMITS.cameraAxis;
  const outside = CAMERA_AXES.filter((axis) => !withinRange(camera.config?.[axis] ?? 0, range));
  if (outside.length === 0) return null;
  const axes = listWords(
    outside.map((axis) => ruleText(`rules:axis.${axis}`)),
    'and',
  );
  return ruleText('rules:validate.cameraAxes', {
    count: outside.length,
    axes,
    min: range.min,
    max: range.max,
  });
}

type ValueCheck = (request: VideoRequest, model: ModelId) => string | null;

/** Rules on a value itself, checked once the field is known to apply. */
const VALUE_CHECKS: Partial<Record<RuleField, ValueCheck>> = {
  prompt: promptProblem,
  negativePrompt: ({ negativePrompt = '' }) => {
    const max = REQUEST_LIMITS.negativePromptMaxChars;
    const length = characterCount(negativePrompt);
    if (length <= max) return null;
    return ruleText('rules:validate.negativeTooLong', { length, max });
  },
  cfgScale: ({ cfgScale = 0 }) => {
    const range = REQUEST_LIMITS.cfgScale;
    if (withinRange(cfgScale, range)) return null;
    return ruleText('rules:validate.cfgScale', { min: range.min, max: range.max });
  },
  cameraControl: cameraProblem,
  startImageUrl: ({ startImageUrl = '' }) =>
    isWebUrl(startImageUrl) ? null : ruleText('rules:validate.startFrameUrl'),
  endImageUrl: ({ endImageUrl = '' }) =>
    isWebUrl(endImageUrl) ? null : ruleText('rules:validate.endFrameUrl'),
  imageList: imageListProblem,
  videoList: videoListProblem,
  elementList: elementListProblem,
  voiceList: voiceListProblem,
  multiShot: multiShotProblem,
  shotType: shotTypeProblem,
  multiPrompt: multiPromptProblem,
  callbackUrl: ({ callbackUrl = '' }) =>
    isWebUrl(callbackUrl, ['https:']) ? null : ruleText('rules:validate.callbackUrl'),
};

/**
 * Every reason the provider would refuse this request, each with what to do about it.
 * An empty list means it can be sent. The renderer shows these per field; main re-runs it
 * before submitting, because the renderer is not trusted.
 */
export function validateVideoRequest(request: VideoRequest): ValidationIssue[] {
  const model = canonicalModel(request.model);
  if (model === null) {
    return [
      {
        field: 'model',
        message: ruleText('rules:validate.unknownModel', { model: request.model }),
      },
    ];
  }
  const issues: ValidationIssue[] = [];
  if (!capabilitiesOf(model).actions.includes(request.action)) {
    const models = listWords(modelsFor(request.action));
    const message = ruleText(`rules:validate.${CANNOT_KEYS[request.action]}`, { model, models });
    issues.push({ field: 'model', message });
  }
  issues.push(...requiredIssues(request));
  const ctx = { model, action: request.action, values: request };
  for (const field of RULE_FIELDS) {
    if (!inUse(request[field])) continue;
    const blocker = blockerFor(field, ctx) ?? optionBlocker(field, request, model);
    const message = blocker
      ? ruleText('rules:issue', { reason: blocker.reason, fix: blocker.fix })
      : VALUE_CHECKS[field]?.(request, model);
    if (message) issues.push({ field, message });
  }
  // `false` counts as "not asking" above, but this model refuses it outright.
  if (capabilitiesOf(model).audioAlwaysOn && request.generateAudio === false) {
    const message = ruleText('rules:validate.alwaysSound', { model });
    issues.push({ field: 'generateAudio', message });
  }
  const naming = namingProblem(request, model);
  if (naming)
    issues.push({ field: usesCustomShots(request) ? 'multiPrompt' : 'prompt', message: naming });
  return issues;
}
