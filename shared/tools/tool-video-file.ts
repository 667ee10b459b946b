import { z } from 'zod';
import type { VideoFileFacts } from '../capabilities/reference-video-file';
import { listWords } from '../capabilities/wording';
import { CHARACTER_ORIENTATIONS, TOOL_VIDEO_LIMITS } from './tool-rules';

/** Where a local video is to be sent: lip-sync's video, or motion control's motion video. */
export const ToolVideoUseSchema = z.discriminatedUnion('tool', [
  z.object({ tool: z.literal('lip-sync') }).strict(),
  z.object({ tool: z.literal('motion'), orientation: z.enum(CHARACTER_ORIENTATIONS) }).strict(),
]);
export type ToolVideoUse = z.infer<typeof ToolVideoUseSchema>;

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * The first rule a local video breaks as the tool's `video_url`, in words that name it and
 * say what to do, or null when it can be sent. The limits are `TOOL_VIDEO_LIMITS` (lip-sync:
 * AceData Kling API docs §10; motion control: Kling's motion-control docs).
 */
export function toolVideoFileProblem(facts: VideoFileFacts, use: ToolVideoUse): string | null {
  const limits = TOOL_VIDEO_LIMITS[use.tool];
  const who = use.tool === 'lip-sync' ? 'Lip-sync' : 'Motion control';
  if (!(limits.containers as readonly string[]).includes(facts.container)) {
    const kinds = listWords(limits.containers.map((c) => c.toUpperCase()));
    return `This video is ${facts.container.toUpperCase()}; ${who} takes ${kinds} only: save it as MP4`;
  }
  if (facts.sizeBytes > limits.maxBytes) {
    return `This video is ${megabytes(facts.sizeBytes)}; ${who} takes at most ${megabytes(limits.maxBytes)}: shorten or compress it`;
  }
  const seconds =
    use.tool === 'motion'
      ? TOOL_VIDEO_LIMITS.motion.secondsByOrientation[use.orientation]
      : TOOL_VIDEO_LIMITS['lip-sync'].seconds;
  if (facts.durationSec < seconds.min || facts.durationSec > seconds.max) {
    const facing =
      use.tool === 'motion'
        ? use.orientation === 'image'
          ? ' when the character faces as in the image'
          : ' when the character faces as in the video'
        : '';
    const fix = facts.durationSec < seconds.min ? 'use a longer one' : 'trim it';
    return `This video lasts ${round(facts.durationSec)} s; ${who} takes ${seconds.min}–${seconds.max} s${facing}: ${fix}`;
  }
  if (use.tool === 'motion') {
    const { side } = TOOL_VIDEO_LIMITS.motion;
    const shortest = Math.min(facts.width, facts.height);
    const longest = Math.max(facts.width, facts.height);
    if (shortest < side.min || longest > side.max) {
      return `This video is ${facts.width} × ${facts.height} px; ${who} takes sides of ${side.min}–${side.max} px: resize it`;
    }
  }
  return null;
}
