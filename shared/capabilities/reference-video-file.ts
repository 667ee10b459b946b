import { z } from 'zod';
import type { ModelId } from '../models';
import { capabilitiesOf, REQUEST_LIMITS } from './model-capabilities';
import { formatNumber } from '../i18n';
import { listWords, measured, megabytes } from './wording';
import { ruleText } from '../rule-text';

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

/**
 * The first rule a local reference video breaks on `model`, in words that name it, or null
 * when Kling takes it. AceData Kling API docs §10 (video_list): MP4/MOV, at most 200 MB,
 * 24–60 fps; kling-o1 3–10 s with sides of 700–2160 px; kling-v3-omni 3–15.5 s, sides of
 * 700–4553 px, at most 8,294,400 pixels, width/height 0.4–2.
 */
export function referenceVideoFileProblem(facts: VideoFileFacts, model: ModelId): string | null {
  const limits = capabilitiesOf(model).referenceVideo;
  if (limits === null) return ruleText('rules:videoFile.noReferenceVideo', { model });
  const common = REQUEST_LIMITS.referenceVideo;
  if (!common.containers.includes(facts.container)) {
    const kinds = listWords(common.containers.map((c) => c.toUpperCase()));
    return ruleText('rules:videoFile.container', {
      container: facts.container.toUpperCase(),
      kinds,
    });
  }
  if (facts.sizeBytes > common.maxBytes) {
    const size = megabytes(facts.sizeBytes);
    return ruleText('rules:videoFile.size', { size, max: megabytes(common.maxBytes) });
  }
  const { seconds, side, maxPixels, aspect } = limits;
  if (facts.durationSec < seconds.min || facts.durationSec > seconds.max) {
    const { min, max } = seconds;
    return ruleText('rules:videoFile.seconds', {
      seconds: measured(facts.durationSec),
      model,
      min,
      max,
    });
  }
  if (facts.fps < common.fps.min || facts.fps > common.fps.max) {
    const { min, max } = common.fps;
    return ruleText('rules:videoFile.fps', { fps: measured(facts.fps), min, max });
  }
  const shortest = Math.min(facts.width, facts.height);
  const longest = Math.max(facts.width, facts.height);
  const size = ruleText('rules:videoFile.frameSize', { width: facts.width, height: facts.height });
  if (shortest < side.min || longest > side.max) {
    return ruleText('rules:videoFile.sides', { size, model, min: side.min, max: side.max });
  }
  if (maxPixels !== null && facts.width * facts.height > maxPixels) {
    return ruleText('rules:videoFile.pixels', { size, model, max: formatNumber(maxPixels) });
  }
  const ratio = facts.height > 0 ? facts.width / facts.height : 0;
  if (aspect !== null && (ratio < aspect.min || ratio > aspect.max)) {
    const { min, max } = aspect;
    return ruleText('rules:videoFile.ratio', { ratio: measured(ratio), model, min, max });
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
