import {
  COMPOSER_FIELDS,
  fieldAvailability,
  type ComposerField,
  type FieldState,
  type ValidationIssue,
  type VideoReference,
  type VideoRequest,
} from '../../../shared/capabilities';
import { inUse } from '../../../shared/capabilities/fields';
import type { CatalogItem } from '../../../shared/catalog';
import type { Action, Clip, StagedImage } from '../../../shared/domain';
import type { ModelId } from '../../../shared/models';
import type { ImageRole } from './composer-picks-slice';
import type { ShotDraft } from './composer-shots-slice';

/** The settings kept as plain values; images, references and the parent clip live beside them. */
export type ComposerSettings = Omit<
  VideoRequest,
  | 'action'
  | 'model'
  | 'startImageUrl'
  | 'endImageUrl'
  | 'imageList'
  | 'videoList'
  | 'videoId'
  | 'elementList'
  | 'voiceList'
  | 'multiPrompt'
>;

export type ReferenceVideoDraft = VideoReference;

/** Everything the person has set, including values a control holds but cannot use right now. */
export interface ComposerInputs {
  action: Action;
  model: ModelId;
  settings: ComposerSettings;
  startImage: StagedImage | null;
  endImage: StagedImage | null;
  references: readonly StagedImage[];
  referenceVideo: ReferenceVideoDraft;
  parent: Clip | null;
  shots: readonly ShotDraft[];
  elements: readonly CatalogItem[];
  voices: readonly CatalogItem[];
  imageRoles: Readonly<Record<string, ImageRole>>;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A row's seconds as the rules see them: empty is 0, so it is named as too short. */
function shotSeconds(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : 0;
}

/** The storyboard's rows, numbered from 1 in their order; only for custom shots. */
function multiPrompt(inputs: ComposerInputs): VideoRequest['multiPrompt'] {
  const { multiShot, shotType } = inputs.settings;
  if (multiShot !== true || shotType !== 'customize') return undefined;
  return inputs.shots.map((shot, i) => ({
    index: i + 1,
    prompt: shot.prompt,
    duration: shotSeconds(shot.seconds),
  }));
}

/**
 * The request as everything the person set would make it. For extend the parent's video id is
 * filled in so validation can see it; main takes the real one from the library.
 */
export function heldRequest(inputs: ComposerInputs): VideoRequest {
  const video = inputs.referenceVideo;
  const images = inputs.references.flatMap((image) => {
    if (!image.url) return [];
    const type = inputs.imageRoles[image.id];
    return [type ? { imageUrl: image.url, type } : { imageUrl: image.url }];
  });
  return withoutUndefined<VideoRequest>({
    ...inputs.settings,
    action: inputs.action,
    model: inputs.model,
    startImageUrl: inputs.startImage?.url ?? undefined,
    endImageUrl: inputs.endImage?.url ?? undefined,
    imageList: images.length > 0 ? images : undefined,
    videoList: video.videoUrl.trim() ? [{ ...video, videoUrl: video.videoUrl.trim() }] : undefined,
    videoId: inputs.action === 'extend' ? (inputs.parent?.videoId ?? undefined) : undefined,
    elementList:
      inputs.elements.length > 0
        ? inputs.elements.map((element) => ({ elementId: element.id }))
        : undefined,
    voiceList:
      inputs.voices.length > 0
        ? inputs.voices.map((voice) => ({ voiceId: String(voice.id) }))
        : undefined,
    multiPrompt: multiPrompt(inputs),
  });
}

function without(request: VideoRequest, field: ComposerField): VideoRequest {
  const next = { ...request };
  delete next[field];
  return next;
}

export interface UsableRequest {
  request: VideoRequest;
  availability: Record<ComposerField, FieldState>;
}

/**
 * What will be sent: a value whose control is disabled stays on screen (with the reason) but is
 * left out. Fields go in the shared rule order, references first, so a reference that cannot be
 * used no longer blocks the negative prompt or cfg scale after it.
 */
export function usableRequest(held: VideoRequest): UsableRequest {
  let request = held;
  for (const field of COMPOSER_FIELDS) {
    if (inUse(request[field]) && !fieldAvailability(request)[field].enabled) {
      request = without(request, field);
    }
  }
  return { request, availability: fieldAvailability(request) };
}

/** Missing inputs that every fresh composer has: said once beside Generate, not as field errors. */
export function isMissingInput(issue: ValidationIssue, request: VideoRequest): boolean {
  if (issue.field === 'prompt') return request.action === 'text2video' && !request.prompt?.trim();
  if (issue.field === 'startImageUrl') return request.startImageUrl === undefined;
  return false;
}
