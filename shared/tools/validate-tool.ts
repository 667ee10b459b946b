import type { ValidationIssue } from '../capabilities/validate';
import { listWords } from '../capabilities/wording';
import { characterCount } from '../text-length';
import type {
  LipSyncRequest,
  MotionRequest,
  TalkingPhotoRequest,
  ToolRequest,
} from './tool-request';
import { TOOL_LIMITS } from './tool-rules';

const DAY_MS = 24 * 60 * 60_000;

function isWebUrl(value: string | undefined): boolean {
  if (value === undefined) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

function tooLong(what: string, text: string, max: number): string | null {
  const length = characterCount(text);
  if (length <= max) return null;
  return `${what} has ${length} characters, more than ${max}: shorten it`;
}

function motionIssues(request: MotionRequest): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isWebUrl(request.imageUrl)) {
    issues.push({
      field: 'imageUrl',
      message: 'Add the character image: choose a file (it is uploaded) or paste its https URL',
    });
  }
  if (!isWebUrl(request.videoUrl)) {
    issues.push({
      field: 'videoUrl',
      message:
        'Add the motion video: paste its http(s) URL or choose a video file from this computer',
    });
  }
  const prompt = tooLong('The prompt', request.prompt ?? '', TOOL_LIMITS.motionPromptMaxChars);
  if (prompt) issues.push({ field: 'prompt', message: prompt });
  return issues;
}

function lipSyncIssues(request: LipSyncRequest): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const byId = !isBlank(request.videoId);
  const byUrl = request.videoUrl !== undefined;
  if (byId && byUrl) {
    issues.push({
      field: 'videoUrl',
      message: 'Give either a library clip or a video URL, not both: clear one of them',
    });
  } else if (!byId && !byUrl) {
    issues.push({
      field: 'videoId',
      message: 'Choose the clip to lip-sync: a clip from the library, a video URL or a video file',
    });
  } else if (byUrl && !isWebUrl(request.videoUrl)) {
    issues.push({
      field: 'videoUrl',
      message: 'The video must be an http(s) URL: fix the address',
    });
  }
  if (isBlank(request.text)) {
    issues.push({ field: 'text', message: 'Write the words to speak: lip-sync needs a text' });
  } else {
    const long = tooLong('The text', request.text, TOOL_LIMITS.lipSyncTextMaxChars);
    if (long) issues.push({ field: 'text', message: long });
  }
  return issues;
}

function talkingPhotoIssues(request: TalkingPhotoRequest): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isWebUrl(request.imageUrl)) {
    issues.push({
      field: 'imageUrl',
      message: 'Add the photo: choose a file (it is uploaded) or paste its https URL',
    });
  }
  const hasText = !isBlank(request.text);
  const hasAudio = request.audioUrl !== undefined;
  if (hasText && hasAudio) {
    issues.push({
      field: 'audioUrl',
      message: 'Give the speech as text or as audio, not both: clear one of them',
    });
  } else if (!hasText && !hasAudio) {
    issues.push({
      field: 'text',
      message: 'Give the speech: write the words or paste the URL of a recording',
    });
  } else if (hasAudio && !isWebUrl(request.audioUrl)) {
    issues.push({
      field: 'audioUrl',
      message: 'The audio must be an http(s) URL: fix the address',
    });
  } else if (hasText) {
    const long = tooLong('The text', request.text ?? '', TOOL_LIMITS.talkingPhotoTextMaxChars);
    if (long) issues.push({ field: 'text', message: long });
  }
  const durations: readonly number[] = TOOL_LIMITS.talkingPhotoDurations;
  if (request.duration !== undefined && !durations.includes(request.duration)) {
    issues.push({
      field: 'duration',
      message: `A talking photo lasts ${listWords(durations)} s: choose one of them`,
    });
  }
  return issues;
}

/**
 * Every reason the provider would refuse this tool request, each with what to do about it
 * (AceData Kling API docs §10). Empty when it can be sent. The tool forms show these per
 * field; main runs it again before anything is sent.
 */
export function validateToolRequest(request: ToolRequest): ValidationIssue[] {
  switch (request.tool) {
    case 'motion':
      return motionIssues(request);
    case 'lip-sync':
      return lipSyncIssues(request);
    case 'talking-photo':
      return talkingPhotoIssues(request);
  }
}

/** What lip-sync needs to know about a library clip. */
export interface LipSyncSource {
  videoId: string | null;
  /** Seconds, as measured from the file or reported by the provider. */
  durationSec: number | null;
  /** ISO time the clip was made. */
  createdAt: string;
}

/**
 * Why Kling cannot lip-sync this library clip by its id, or null when it can: it needs a Kling
 * video id, a 5 or 10 s length and an age under 30 days (AceData Kling API docs §10).
 * `nowMs` is the current time in milliseconds.
 */
export function lipSyncSourceProblem(clip: LipSyncSource, nowMs: number): string | null {
  if (!clip.videoId) {
    return 'This clip has no Kling video id: give it as a video URL instead';
  }
  const seconds: readonly number[] = TOOL_LIMITS.lipSyncClipSeconds;
  // Real clips run a few milliseconds over their nominal length (5.041 s).
  const nominal = clip.durationSec === null ? null : Math.round(clip.durationSec);
  if (nominal === null || !seconds.includes(nominal)) {
    return `Kling lip-syncs clips of ${listWords(seconds)} s by id: choose another clip or give a video URL`;
  }
  const ageDays = (nowMs - Date.parse(clip.createdAt)) / DAY_MS;
  if (!(ageDays < TOOL_LIMITS.lipSyncClipMaxAgeDays)) {
    return `Kling keeps clips for ${TOOL_LIMITS.lipSyncClipMaxAgeDays} days and this one is older: give it as a video URL instead`;
  }
  return null;
}
