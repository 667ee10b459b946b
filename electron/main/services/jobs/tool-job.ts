import type { ParsedRequestOf } from '../../../../shared/contract';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import type { ClipSource, ToolKind } from '../../../../shared/domain';
import type { ModelId } from '../../../../shared/models';
import {
  lipSyncSourceProblem,
  toToolCall,
  validateToolRequest,
  type ToolRequest,
} from '../../../../shared/tools';
import type { Library } from '../library/library';

export type SubmitTool = ParsedRequestOf<'tools:submit'>;

/** What the job service needs to queue a tool job: the same fields as a video job's. */
export interface ToolJobPlan {
  action: ToolKind;
  model: ModelId | null;
  /** Shown in the queue and the library: the prompt, or the words to speak. */
  prompt: string;
  body: Record<string, unknown>;
  parentClipId: string | null;
  sources: ClipSource[];
}

/**
 * Checks a tool request as main must (the window is not trusted) and turns it into a job plan.
 * A lip-sync of a library clip takes the clip's Kling video id from the library, never from
 * the window, and makes the new clip its child. Throws `AppError` `invalid_request` naming
 * every broken rule, `unknown_clip` when the clip is gone.
 */
export function planToolJob(input: SubmitTool, library: Library, nowMs: number): ToolJobPlan {
  const tool = withSourceClip(input, library, nowMs);
  const issues = validateToolRequest(tool);
  if (issues.length > 0) {
    throw new AppError('invalid_request', issues.map((i) => i.message).join(' '));
  }
  return {
    action: tool.tool,
    model: tool.tool === 'motion' ? (tool.model ?? null) : null,
    prompt: (tool.tool === 'motion' ? tool.prompt : tool.text) ?? '',
    body: toToolCall(tool).body,
    parentClipId: input.sourceClipId ?? null,
    sources: sourcesOf(tool, input.fileNames ?? {}),
  };
}

function withSourceClip(input: SubmitTool, library: Library, nowMs: number): ToolRequest {
  const tool = input.tool;
  if (input.sourceClipId === undefined) return tool;
  if (tool.tool !== 'lip-sync') {
    throw new AppError('invalid_request', t('errors:invalid_request.onlyLipSyncTakesClip'));
  }
  const clip = library.findClip(input.sourceClipId);
  if (!clip) {
    throw new AppError('unknown_clip', t('errors:unknown_clip.toLipSync'));
  }
  const problem = lipSyncSourceProblem(clip, nowMs);
  if (problem) throw new AppError('invalid_request', t('errors:sentence', { text: problem }));
  // A video URL given as well stays in, so the check says to choose one of the two.
  return { ...tool, videoId: clip.videoId ?? undefined };
}

function sourcesOf(
  tool: ToolRequest,
  names: { image?: string; video?: string; audio?: string },
): ClipSource[] {
  const source = (role: ClipSource['role'], url: string, name: string | undefined) => ({
    role,
    url,
    name: name ?? null,
  });
  switch (tool.tool) {
    case 'motion':
      return [
        source('characterImage', tool.imageUrl, names.image),
        source('motionVideo', tool.videoUrl, names.video),
      ];
    case 'lip-sync':
      return tool.videoUrl === undefined ? [] : [source('video', tool.videoUrl, names.video)];
    case 'talking-photo':
      return [
        source('photo', tool.imageUrl, names.image),
        ...(tool.audioUrl === undefined ? [] : [source('audio', tool.audioUrl, names.audio)]),
      ];
  }
}
