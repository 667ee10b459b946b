import type { StagedImage, ToolKind } from '../../../../shared/domain';
import type { ValidationIssue } from '../../../../shared/capabilities';
import {
  lipSyncSourceProblem,
  toolVideoFileProblem,
  validateToolRequest,
  type ToolRequest,
} from '../../../../shared/tools';
import type { SubmitToolRequest } from '../../stores/job-list-slice';
import type { ToolVideoFile, ToolsState } from '../../stores/tools-store';
import { inLanguage, type Language } from '../../i18n';

/** The three forms' values. */
export type ToolDrafts = Pick<ToolsState, 'motion' | 'lipSync' | 'talkingPhoto'>;

/** What the open tool would send, and every rule it breaks, keyed by field. */
export interface ToolView {
  mode: ToolKind;
  submission: SubmitToolRequest;
  issues: ValidationIssue[];
  fieldIssues: Record<string, string>;
}

/** An empty field is left out, so the rules say "add it" rather than "fix it". */
function filled(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function requestOf(mode: ToolKind, state: ToolDrafts, image: StagedImage | null): ToolRequest {
  const imageUrl = image?.url ?? '';
  if (mode === 'motion') {
    const { motion } = state;
    return {
      tool: 'motion',
      imageUrl,
      videoUrl: motion.videoUrl.trim(),
      characterOrientation: motion.orientation,
      mode: motion.mode,
      model: motion.model,
      keepOriginalSound: motion.keepSound,
      prompt: filled(motion.prompt),
    };
  }
  if (mode === 'lip-sync') {
    const { lipSync } = state;
    return lipSync.clip
      ? { tool: 'lip-sync', videoId: lipSync.clip.videoId ?? '', text: lipSync.text }
      : { tool: 'lip-sync', videoUrl: filled(lipSync.videoUrl), text: lipSync.text };
  }
  const { talkingPhoto } = state;
  return {
    tool: 'talking-photo',
    imageUrl,
    ...(talkingPhoto.speech === 'text'
      ? { text: talkingPhoto.text }
      : { audioUrl: filled(talkingPhoto.audioUrl) }),
    duration: talkingPhoto.duration,
  };
}

/** The local file behind the open tool's video URL, if the URL is still the published one. */
function videoFileOf(mode: ToolKind, state: ToolDrafts): ToolVideoFile | null {
  if (mode === 'motion') return state.motion.videoFile;
  if (mode === 'lip-sync' && !state.lipSync.clip) return state.lipSync.videoFile;
  return null;
}

/**
 * The open tool's request as main will receive it, checked by the same rules main runs, with
 * the rules' words in `language`. A library clip goes by its id only: main reads its Kling
 * video id from the library. `nowMs` is the current time, for the lip-sync clip's age.
 */
export function deriveToolView(
  mode: ToolKind,
  state: ToolDrafts,
  image: StagedImage | null,
  projectId: string | undefined,
  nowMs: number,
  language: Language,
): ToolView {
  return inLanguage(language, () => toolView(mode, state, image, projectId, nowMs));
}

function toolView(
  mode: ToolKind,
  state: ToolDrafts,
  image: StagedImage | null,
  projectId: string | undefined,
  nowMs: number,
): ToolView {
  const tool = requestOf(mode, state, image);
  const issues = validateToolRequest(tool);
  const clip = mode === 'lip-sync' ? state.lipSync.clip : null;
  const clipProblem = clip ? lipSyncSourceProblem(clip, nowMs) : null;
  if (clipProblem) issues.unshift({ field: 'videoId', message: clipProblem });
  // An uploaded file is judged again when the form changes (motion's orientation sets its
  // length limit), so a video that no longer fits is named before anything is sent.
  const videoFile = videoFileOf(mode, state);
  const fileProblem = videoFile
    ? toolVideoFileProblem(
        videoFile.facts,
        mode === 'motion'
          ? { tool: 'motion', orientation: state.motion.orientation }
          : { tool: 'lip-sync' },
      )
    : null;
  if (fileProblem) issues.unshift({ field: 'videoUrl', message: fileProblem });
  const fieldIssues: Record<string, string> = {};
  for (const issue of issues) fieldIssues[issue.field] ??= issue.message;
  const names = {
    ...(image?.source === 'file' && mode !== 'lip-sync' ? { image: image.name } : {}),
    ...(videoFile ? { video: videoFile.name } : {}),
  };
  const fileNames = Object.keys(names).length > 0 ? names : undefined;
  const sent: ToolRequest =
    tool.tool === 'lip-sync' && clip ? { ...tool, videoId: undefined } : tool;
  const submission: SubmitToolRequest = {
    tool: sent,
    ...(clip
      ? { sourceClipId: clip.id, projectId: clip.projectId }
      : projectId
        ? { projectId }
        : {}),
    ...(fileNames ? { fileNames } : {}),
  };
  return { mode, submission, issues, fieldIssues };
}
