import { z } from 'zod';

/** A clip's video as the player and the joiner see it. */
export const VideoInfoSchema = z.object({
  /** Pixels as shown (rotation applied). */
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** Frames per second, from the packets' average rate. */
  frameRate: z.number().positive(),
  durationSec: z.number().nonnegative(),
  /** The codec string, e.g. `avc1.640028`. */
  codec: z.string(),
  hasAudio: z.boolean(),
});
export type VideoInfo = z.infer<typeof VideoInfoSchema>;

/** A PNG of a whole frame at 4K is at most a few tens of megabytes, base64 included. */
export const FRAME_DATA_URL_MAX_CHARS = 64_000_000;
