import { z } from 'zod';
import { CHARACTER_ORIENTATIONS, MOTION_MODELS, MOTION_MODES, TOOL_ENDPOINTS } from './tool-rules';
import type { ToolKind } from '../domain';

/*
 * Shape and generous bounds only, as for videos: the product rules (lengths, one source of
 * speech, which clip may be lip-synced) are in validate-tool.ts so each names its fix.
 */
const Text = z.string().max(20_000);
const Url = z.string().max(4096);

/** A character image set moving as the person in a motion video moves. */
export const MotionRequestSchema = z
  .object({
    tool: z.literal('motion'),
    imageUrl: Url,
    videoUrl: Url,
    characterOrientation: z.enum(CHARACTER_ORIENTATIONS),
    mode: z.enum(MOTION_MODES),
    model: z.enum(MOTION_MODELS).optional(),
    keepOriginalSound: z.boolean().optional(),
    prompt: Text.optional(),
  })
  .strict();

/** A clip made to speak `text`: a Kling clip by `videoId`, or any video by `videoUrl`. */
export const LipSyncRequestSchema = z
  .object({
    tool: z.literal('lip-sync'),
    videoId: z.string().max(256).optional(),
    videoUrl: Url.optional(),
    text: Text,
  })
  .strict();

/** A still image that speaks `text` or the speech at `audioUrl`; `duration` in seconds. */
export const TalkingPhotoRequestSchema = z
  .object({
    tool: z.literal('talking-photo'),
    imageUrl: Url,
    text: Text.optional(),
    audioUrl: Url.optional(),
    duration: z.number().finite().optional(),
  })
  .strict();

export const ToolRequestSchema = z.discriminatedUnion('tool', [
  MotionRequestSchema,
  LipSyncRequestSchema,
  TalkingPhotoRequestSchema,
]);
export type ToolRequest = z.infer<typeof ToolRequestSchema>;
export type MotionRequest = z.infer<typeof MotionRequestSchema>;
export type LipSyncRequest = z.infer<typeof LipSyncRequestSchema>;
export type TalkingPhotoRequest = z.infer<typeof TalkingPhotoRequestSchema>;

/** Drops the keys whose value is undefined, so the body holds only what was asked. */
function defined(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}

/**
 * The endpoint and snake_case body of a tool request (AceData Kling API docs §10). Never
 * includes `async`: the client decides how it submits.
 */
export function toToolCall(request: ToolRequest): {
  path: (typeof TOOL_ENDPOINTS)[ToolKind];
  body: Record<string, unknown>;
} {
  const path = TOOL_ENDPOINTS[request.tool];
  switch (request.tool) {
    case 'motion':
      return {
        path,
        body: defined({
          image_url: request.imageUrl,
          video_url: request.videoUrl,
          character_orientation: request.characterOrientation,
          mode: request.mode,
          model_name: request.model,
          // The provider's word pair, as for a reference video's `keep_original_sound`.
          keep_original_sound:
            request.keepOriginalSound === undefined
              ? undefined
              : request.keepOriginalSound
                ? 'yes'
                : 'no',
          prompt: request.prompt,
        }),
      };
    case 'lip-sync':
      return {
        path,
        body: defined({
          video_id: request.videoId,
          video_url: request.videoUrl,
          text: request.text,
        }),
      };
    case 'talking-photo':
      return {
        path,
        body: defined({
          image_url: request.imageUrl,
          text: request.text,
          audio_url: request.audioUrl,
          duration: request.duration,
        }),
      };
  }
}
