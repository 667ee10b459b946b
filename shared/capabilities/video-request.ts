import { z } from 'zod';
import { ActionSchema } from '../domain';
import { canonicalModel, ModelIdSchema } from '../models';
import { ASPECT_RATIOS, CAMERA_AXES, CAMERA_TYPES, MODES } from './model-capabilities';

/*
 * The schema checks shape and bounds untrusted input generously; the product rules (lengths,
 * ranges, per-model capabilities) live in validate.ts, so each one can tell the user what to do.
 */
const Text = z.string().max(20_000);
const Url = z.string().max(4096);
const Num = z.number().finite();

export const CameraConfigSchema = z
  .object({ horizontal: Num, vertical: Num, pan: Num, tilt: Num, roll: Num, zoom: Num })
  .strict();

export const CameraControlSchema = z
  .object({ type: z.enum(CAMERA_TYPES), config: CameraConfigSchema.optional() })
  .strict();
export type CameraControl = z.infer<typeof CameraControlSchema>;

export const ImageReferenceSchema = z
  .object({ imageUrl: Url, type: z.enum(['first_frame', 'end_frame']).optional() })
  .strict();
export type ImageReference = z.infer<typeof ImageReferenceSchema>;

export const VideoReferenceSchema = z
  .object({
    videoUrl: Url,
    referType: z.enum(['base', 'feature']),
    keepOriginalSound: z.enum(['yes', 'no']),
  })
  .strict();
export type VideoReference = z.infer<typeof VideoReferenceSchema>;

/**
 * An element (a character or object saved on the account). One older guide gives its id as an
 * integer: it is sent exactly as the list endpoint gave it (AceData Kling API docs: elements).
 */
export const ElementReferenceSchema = z
  .object({ elementId: z.union([z.string().min(1).max(256), z.number().int().nonnegative()]) })
  .strict();
export type ElementReference = z.infer<typeof ElementReferenceSchema>;

/** A voice (preset or the user's own) the prompt names as `<<<voice_n>>>`. */
export const VoiceReferenceSchema = z.object({ voiceId: z.string().min(1).max(256) }).strict();
export type VoiceReference = z.infer<typeof VoiceReferenceSchema>;

export const SHOT_TYPES = ['intelligence', 'customize'] as const;
export type ShotType = (typeof SHOT_TYPES)[number];

/** One shot of a custom storyboard; `duration` in seconds. */
export const ShotSchema = z.object({ index: Num, prompt: Text, duration: Num }).strict();
export type Shot = z.infer<typeof ShotSchema>;

export const VideoRequestSchema = z
  .object({
    action: ActionSchema,
    model: ModelIdSchema,
    mode: z.enum(MODES).optional(),
    duration: Num.optional(),
    aspectRatio: z.enum(ASPECT_RATIOS).optional(),
    cfgScale: Num.optional(),
    prompt: Text.optional(),
    negativePrompt: Text.optional(),
    cameraControl: CameraControlSchema.optional(),
    startImageUrl: Url.optional(),
    endImageUrl: Url.optional(),
    videoId: z.string().max(256).optional(),
    generateAudio: z.boolean().optional(),
    imageList: z.array(ImageReferenceSchema).max(32).optional(),
    videoList: z.array(VideoReferenceSchema).max(8).optional(),
    elementList: z.array(ElementReferenceSchema).max(32).optional(),
    voiceList: z.array(VoiceReferenceSchema).max(32).optional(),
    multiShot: z.boolean().optional(),
    shotType: z.enum(SHOT_TYPES).optional(),
    multiPrompt: z.array(ShotSchema).max(32).optional(),
    callbackUrl: Url.optional(),
  })
  .strict();

/** A parsed request: `model` is always the canonical id. */
export type VideoRequest = z.output<typeof VideoRequestSchema>;
/** What a caller may hand in: `model` may still be an alias. */
export type VideoRequestInput = z.input<typeof VideoRequestSchema>;

/** Flat optional fields and their wire names; a key not listed here is never sent. */
export const WIRE_NAMES = {
  mode: 'mode',
  duration: 'duration',
  aspectRatio: 'aspect_ratio',
  cfgScale: 'cfg_scale',
  prompt: 'prompt',
  negativePrompt: 'negative_prompt',
  startImageUrl: 'start_image_url',
  endImageUrl: 'end_image_url',
  videoId: 'video_id',
  generateAudio: 'generate_audio',
  multiShot: 'multi_shot',
  shotType: 'shot_type',
  callbackUrl: 'callback_url',
} as const satisfies Partial<Record<keyof VideoRequest, string>>;

/**
 * The provider's snake_case body, without undefined fields. Never includes `async`: the
 * client decides how it submits.
 */
export function toApiBody(request: VideoRequest): Record<string, unknown> {
  const body: Record<string, unknown> = {
    action: request.action,
    // A caller that skipped the schema may still hold an alias; the API knows canonical ids only.
    model: canonicalModel(request.model) ?? request.model,
  };
  for (const [key, wire] of Object.entries(WIRE_NAMES)) {
    const value = request[key as keyof typeof WIRE_NAMES];
    if (value !== undefined) body[wire] = value;
  }
  const camera = request.cameraControl;
  if (camera) {
    const config = camera.config;
    body['camera_control'] = config
      ? { type: camera.type, config: Object.fromEntries(CAMERA_AXES.map((a) => [a, config[a]])) }
      : { type: camera.type };
  }
  if (request.imageList) {
    body['image_list'] = request.imageList.map((image) =>
      image.type === undefined
        ? { image_url: image.imageUrl }
        : { image_url: image.imageUrl, type: image.type },
    );
  }
  if (request.videoList) {
    body['video_list'] = request.videoList.map((video) => ({
      video_url: video.videoUrl,
      refer_type: video.referType,
      keep_original_sound: video.keepOriginalSound,
    }));
  }
  if (request.elementList) {
    body['element_list'] = request.elementList.map((element) => ({
      element_id: element.elementId,
    }));
  }
  if (request.voiceList) {
    body['voice_list'] = request.voiceList.map((voice) => ({ voice_id: voice.voiceId }));
  }
  if (request.multiPrompt) {
    body['multi_prompt'] = request.multiPrompt.map((shot) => ({
      index: shot.index,
      prompt: shot.prompt,
      duration: shot.duration,
    }));
  }
  return body;
}
