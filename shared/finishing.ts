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

/** The most bytes of a clip's video one `finishing:readClipBytes` returns (8 MiB). */
export const CLIP_READ_MAX_BYTES = 8 * 1024 * 1024;

/** One re-encoded part, base64: about 270 MB of video, under a JavaScript string's limit. */
export const REENCODED_PART_MAX_CHARS = 360_000_000;

/** Whether clips can be joined by copying, or must be re-encoded to one set-up first. */
export const JoinPlanSchema = z.object({
  /** Null: they share one set-up. Otherwise the first difference, e.g. "clip 2: its picture is …". */
  differs: z.string().nullable(),
  /** The first clip's picture size, which re-encoded clips are fitted into. */
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** Every clip has sound. */
  sound: z.boolean(),
  /** Some clips have sound and some not: a re-encoded join has none. */
  soundDropped: z.boolean(),
});
export type JoinPlan = z.infer<typeof JoinPlanSchema>;
