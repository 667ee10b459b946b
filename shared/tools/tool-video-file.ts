import { z } from 'zod';
import type { VideoFileFacts } from '../capabilities/reference-video-file';
import { listWords, measured, megabytes } from '../capabilities/wording';
import { CHARACTER_ORIENTATIONS, TOOL_VIDEO_LIMITS, toolLabel } from './tool-rules';
import { ruleText } from '../rule-text';

/** Where a local video is to be sent: lip-sync's video, or motion control's motion video. */
export const ToolVideoUseSchema = z.discriminatedUnion('tool', [
  z.object({ tool: z.literal('lip-sync') }).strict(),
  z.object({ tool: z.literal('motion'), orientation: z.enum(CHARACTER_ORIENTATIONS) }).strict(),
]);
export type ToolVideoUse = z.infer<typeof ToolVideoUseSchema>;

/**
 * The first rule a local video breaks as the tool's `video_url`, in words that name it and
 * say what to do, or null when it can be sent. The limits are `TOOL_VIDEO_LIMITS` (lip-sync:
 * AceData Kling API docs §10; motion control: Kling's motion-control docs).
 */
export function toolVideoFileProblem(facts: VideoFileFacts, use: ToolVideoUse): string | null {
  const limits = TOOL_VIDEO_LIMITS[use.tool];
  const tool = toolLabel(use.tool);
  if (!(limits.containers as readonly string[]).includes(facts.container)) {
    const kinds = listWords(limits.containers.map((c) => c.toUpperCase()));
    const container = facts.container.toUpperCase();
    return ruleText('rules:toolVideo.container', { container, tool, kinds });
  }
  if (facts.sizeBytes > limits.maxBytes) {
    const size = megabytes(facts.sizeBytes);
    return ruleText('rules:toolVideo.size', { size, tool, max: megabytes(limits.maxBytes) });
  }
  const seconds =
    use.tool === 'motion'
      ? TOOL_VIDEO_LIMITS.motion.secondsByOrientation[use.orientation]
      : TOOL_VIDEO_LIMITS['lip-sync'].seconds;
  if (facts.durationSec < seconds.min || facts.durationSec > seconds.max) {
    const key =
      use.tool === 'motion'
        ? use.orientation === 'image'
          ? 'secondsFacingImage'
          : 'secondsFacingVideo'
        : 'seconds';
    const fix = ruleText(
      facts.durationSec < seconds.min ? 'rules:toolVideo.longer' : 'rules:toolVideo.trim',
    );
    return ruleText(`rules:toolVideo.${key}`, {
      seconds: measured(facts.durationSec),
      tool,
      min: seconds.min,
      max: seconds.max,
      fix,
    });
  }
  if (use.tool === 'motion') {
    const { side } = TOOL_VIDEO_LIMITS.motion;
    const shortest = Math.min(facts.width, facts.height);
    const longest = Math.max(facts.width, facts.height);
    if (shortest < side.min || longest > side.max) {
      const { width, height } = facts;
      return ruleText('rules:toolVideo.sides', {
        width,
        height,
        tool,
        min: side.min,
        max: side.max,
      });
    }
  }
  return null;
}
