import { z } from 'zod';
import type { ModelId } from '../models';
import { capabilitiesOf, REQUEST_LIMITS } from './model-capabilities';
import { listWords } from './wording';

/** What main read from a local video file; seconds, frames per second, pixels, bytes. */
export const VideoFileFactsSchema = z.object({
  /** `mp4`, `mov`, or another container's short name. */
  container: z.string().max(20),
  durationSec: z.number().nonnegative(),
  fps: z.number().nonnegative(),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
  sizeBytes: z.number().int().nonnegative(),
});
export type VideoFileFacts = z.infer<typeof VideoFileFactsSchema>;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * The first rule a local reference video breaks on `model`, in words that name it, or null
 * when Kling takes it. AceData Kling API docs §10 (video_list): MP4/MOV, at most 200 MB,
 * 24–60 fps; kling-o1 3–10 s with sides of 700–2160 px; kling-v3-omni 3–15.5 s, sides of
 * 700–4553 px, at most 8,294,400 pixels, width/height 0.4–2.
 */
export function referenceVideoFileProblem(facts: VideoFileFacts, model: ModelId): string | null {
  const limits = capabilitiesOf(model).referenceVideo;
  if (limits === null) return `${model} takes no reference video: choose kling-v3-omni or kling-o1`;
  const common = REQUEST_LIMITS.referenceVideo;
  if (!common.containers.includes(facts.container)) {
    const kinds = listWords(common.containers.map((c) => c.toUpperCase()));
    return `This video is ${facts.container.toUpperCase()}; Kling takes ${kinds} only: save it as MP4`;
  }
  if (facts.sizeBytes > common.maxBytes) {
    return `This video is ${megabytes(facts.sizeBytes)}; Kling takes at most ${megabytes(common.maxBytes)}: shorten or compress it`;
  }
  const { seconds, side, maxPixels, aspect } = limits;
  if (facts.durationSec < seconds.min || facts.durationSec > seconds.max) {
    return `This video lasts ${round(facts.durationSec)} s; ${model} takes ${seconds.min}–${seconds.max} s: trim it`;
  }
  if (facts.fps < common.fps.min || facts.fps > common.fps.max) {
    return `This video has ${round(facts.fps)} frames per second; Kling takes ${common.fps.min}–${common.fps.max}: convert it`;
  }
  const shortest = Math.min(facts.width, facts.height);
  const longest = Math.max(facts.width, facts.height);
  const size = `${facts.width} × ${facts.height} px`;
  if (shortest < side.min || longest > side.max) {
    return `This video is ${size}; ${model} takes sides of ${side.min}–${side.max} px: resize it`;
  }
  if (maxPixels !== null && facts.width * facts.height > maxPixels) {
    return `This video is ${size}; ${model} takes at most ${maxPixels.toLocaleString('en-US')} pixels: make it smaller`;
  }
  const ratio = facts.height > 0 ? facts.width / facts.height : 0;
  if (aspect !== null && (ratio < aspect.min || ratio > aspect.max)) {
    return `This video's width / height is ${round(ratio)}; ${model} takes ${aspect.min}–${aspect.max}: crop it`;
  }
  return null;
}

/** A local video main has read, for the reference video field; the window sees no path. */
export const StagedVideoSchema = z.object({
  id: z.string().regex(/^vid_[0-9a-f]{16}$/),
  name: z.string().max(260),
  facts: VideoFileFactsSchema,
});
export type StagedVideo = z.infer<typeof StagedVideoSchema>;
