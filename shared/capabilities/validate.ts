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

export interface ValidationIssue {
  field: keyof VideoRequest | string;
  /** What is wrong and what to do, in words for a person. */
  message: string;
}

const ACTION_WORDS: Readonly<Record<Action, string>> = {
  text2video: 'make videos from text',
  image2video: 'animate an image',
  extend: 'extend a video',
};

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
    return [{ field: 'prompt', message: 'Write a prompt: text-to-video starts from one' }];
  }
  if (request.action === 'image2video' && request.startImageUrl === undefined) {
    return [{ field: 'startImageUrl', message: 'Add a start frame: image-to-video animates one' }];
  }
  if (request.action === 'extend' && isBlank(request.videoId)) {
    return [{ field: 'videoId', message: 'Choose the video to extend: extend needs its video id' }];
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
  return `The prompt has ${length} characters, more than ${max}: shorten it`;
}

function imageListProblem(request: VideoRequest): string | null {
  const images = request.imageList ?? [];
  const limits = REQUEST_LIMITS.imageList;
  const max = inUse(request.videoList) ? limits.maxWithVideo : limits.max;
  if (images.length < limits.min || images.length > max) {
    const withVideo = inUse(request.videoList) ? ' when a reference video is given' : '';
    return `Give ${limits.min} to ${max} reference images${withVideo}: you gave ${images.length}`;
  }
  if (images.some((image) => !isWebUrl(image.imageUrl))) {
    return 'Every reference image must be an http(s) URL: upload the image first';
  }
  return imageRoleProblem(request);
}

function videoListProblem(request: VideoRequest): string | null {
  const videos = request.videoList ?? [];
  const count = REQUEST_LIMITS.videoListLength;
  if (videos.length !== count) {
    return `Give exactly ${count} reference video: you gave ${videos.length}`;
  }
  if (videos.some((video) => !isWebUrl(video.videoUrl))) {
    return 'The reference video must be an http(s) URL';
  }
  return null;
}

function cameraProblem(request: VideoRequest): string | null {
  const camera = request.cameraControl;
  if (!camera?.config) return null;
  if (camera.type !== 'simple') {
    return `Only the "simple" camera move takes a config: remove the config or choose simple`;
  }
  const range = REQUEST_LIMITS.cameraAxis;
  const outside = CAMERA_AXES.filter((axis) => !withinRange(camera.config?.[axis] ?? 0, range));
  if (outside.length === 0) return null;
  return `Camera ${listWords(outside, 'and')} must be between ${range.min} and ${range.max}: bring ${outside.length > 1 ? 'them' : 'it'} into range`;
}

type ValueCheck = (request: VideoRequest, model: ModelId) => string | null;

/** Rules on a value itself, checked once the field is known to apply. */
const VALUE_CHECKS: Partial<Record<RuleField, ValueCheck>> = {
  prompt: promptProblem,
  negativePrompt: ({ negativePrompt = '' }) => {
    const max = REQUEST_LIMITS.negativePromptMaxChars;
    const length = characterCount(negativePrompt);
    if (length <= max) return null;
    return `The negative prompt has ${length} characters, more than ${max}: shorten it`;
  },
  cfgScale: ({ cfgScale = 0 }) => {
    const range = REQUEST_LIMITS.cfgScale;
    if (withinRange(cfgScale, range)) return null;
    return `The cfg scale must be between ${range.min} and ${range.max}: choose a value in that range`;
  },
  cameraControl: cameraProblem,
  startImageUrl: ({ startImageUrl = '' }) =>
    isWebUrl(startImageUrl) ? null : 'The start frame must be an http(s) URL: upload it first',
  endImageUrl: ({ endImageUrl = '' }) =>
    isWebUrl(endImageUrl) ? null : 'The end frame must be an http(s) URL: upload it first',
  imageList: imageListProblem,
  videoList: videoListProblem,
  elementList: elementListProblem,
  voiceList: voiceListProblem,
  multiShot: multiShotProblem,
  shotType: shotTypeProblem,
  multiPrompt: multiPromptProblem,
  callbackUrl: ({ callbackUrl = '' }) =>
    isWebUrl(callbackUrl, ['https:'])
      ? null
      : 'The callback URL must be an https:// address: fix it or remove it',
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
        message: `"${request.model}" is not a known model: choose one from the list`,
      },
    ];
  }
  const issues: ValidationIssue[] = [];
  if (!capabilitiesOf(model).actions.includes(request.action)) {
    const able = listWords(modelsFor(request.action));
    const message = `${model} cannot ${ACTION_WORDS[request.action]}: choose ${able}`;
    issues.push({ field: 'model', message });
  }
  issues.push(...requiredIssues(request));
  const ctx = { model, action: request.action, values: request };
  for (const field of RULE_FIELDS) {
    if (!inUse(request[field])) continue;
    const blocker = blockerFor(field, ctx) ?? optionBlocker(field, request, model);
    const message = blocker
      ? `${blocker.reason}: ${blocker.fix}`
      : VALUE_CHECKS[field]?.(request, model);
    if (message) issues.push({ field, message });
  }
  // `false` counts as "not asking" above, but this model refuses it outright.
  if (capabilitiesOf(model).audioAlwaysOn && request.generateAudio === false) {
    const message = `${model} always makes sound: leave generated audio on`;
    issues.push({ field: 'generateAudio', message });
  }
  const naming = namingProblem(request, model);
  if (naming)
    issues.push({ field: usesCustomShots(request) ? 'multiPrompt' : 'prompt', message: naming });
  return issues;
}
