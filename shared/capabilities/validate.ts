import type { Action } from '../domain';
import { canonicalModel } from '../models';
import type { ModelId } from '../models';
import { blockerFor, optionBlocker } from './field-rules';
import { inUse, RULE_FIELDS, usesReferences } from './fields';
import type { RuleField } from './fields';
import { CAMERA_AXES, capabilitiesOf, modelsFor, REQUEST_LIMITS } from './model-capabilities';
import type { VideoRequest } from './video-request';
import { characterCount } from '../text-length';
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
  if (request.action === 'text2video' && isBlank(request.prompt)) {
    return [{ field: 'prompt', message: 'Write a prompt: text-to-video starts from one' }];
  }
  if (request.action === 'image2video' && request.startImageUrl === undefined) {
    return [{ field: 'startImageUrl', message: 'Add a start image: image-to-video animates one' }];
  }
  if (request.action === 'extend' && isBlank(request.videoId)) {
    return [{ field: 'videoId', message: 'Choose the video to extend: extend needs its video id' }];
  }
  return [];
}

function withinRange(value: number, range: { min: number; max: number }): boolean {
  return value >= range.min && value <= range.max;
}

/** The prompt's own rules: its length, and naming every reference so the model can use it. */
function promptProblem(request: VideoRequest, model: ModelId): string | null {
  const prompt = request.prompt ?? '';
  const max = REQUEST_LIMITS.promptMaxChars;
  const length = characterCount(prompt);
  if (length > max) {
    return `The prompt has ${length} characters, more than ${max}: shorten it`;
  }
  const referencesApply =
    usesReferences(request) &&
    blockerFor('imageList', { model, action: request.action, values: request }) === null;
  if (!referencesApply) return null;
  const images = request.imageList ?? [];
  const names = images.map((_, index) => `<<<image_${index + 1}>>>`);
  if (request.videoList && request.videoList.length > 0) names.push('<<<video_1>>>');
  const missing = names.filter((name) => !prompt.includes(name));
  if (missing.length === 0) return null;
  return `Name every reference in the prompt: add ${listWords(missing, 'and')}`;
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
  return null;
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
    isWebUrl(startImageUrl) ? null : 'The start image must be an http(s) URL: upload it first',
  endImageUrl: ({ endImageUrl = '' }) =>
    isWebUrl(endImageUrl) ? null : 'The end frame must be an http(s) URL: upload it first',
  imageList: imageListProblem,
  videoList: videoListProblem,
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
  return issues;
}
