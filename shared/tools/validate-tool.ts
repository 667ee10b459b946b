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
import { ruleText } from '../rule-text';

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

function tooLong(what: 'prompt' | 'text', text: string, max: number): string | null {
  const length = characterCount(text);
  if (length <= max) return null;
  return ruleText(what === 'prompt' ? 'rules:tools.promptTooLong' : 'rules:tools.textTooLong', {
    length,
    max,
  });
}

function motionIssues(request: MotionRequest): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isWebUrl(request.imageUrl)) {
    issues.push({
      field: 'imageUrl',
      message: ruleText('rules:tools.characterImage'),
    });
  }
  if (!isWebUrl(request.videoUrl)) {
    issues.push({
      field: 'videoUrl',
      message: ruleText('rules:tools.motionVideo'),
    });
  }
  const prompt = tooLong('prompt', request.prompt ?? '', TOOL_LIMITS.motionPromptMaxChars);
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
      message: ruleText('rules:tools.clipAndUrl'),
    });
  } else if (!byId && !byUrl) {
    issues.push({
      field: 'videoId',
      message: ruleText('rules:tools.noClip'),
    });
  } else if (byUrl && !isWebUrl(request.videoUrl)) {
    issues.push({
      field: 'videoUrl',
      message: ruleText('rules:tools.videoUrl'),
    });
  }
  if (isBlank(request.text)) {
    issues.push({ field: 'text', message: ruleText('rules:tools.noText') });
  } else {
    const long = tooLong('text', request.text, TOOL_LIMITS.lipSyncTextMaxChars);
    if (long) issues.push({ field: 'text', message: long });
  }
  return issues;
}

function talkingPhotoIssues(request: TalkingPhotoRequest): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isWebUrl(request.imageUrl)) {
    issues.push({
      field: 'imageUrl',
      message: ruleText('rules:tools.photo'),
    });
  }
  const hasText = !isBlank(request.text);
  const hasAudio = request.audioUrl !== undefined;
  if (hasText && hasAudio) {
    issues.push({
      field: 'audioUrl',
      message: ruleText('rules:tools.textAndAudio'),
    });
  } else if (!hasText && !hasAudio) {
    issues.push({
      field: 'text',
      message: ruleText('rules:tools.noSpeech'),
    });
  } else if (hasAudio && !isWebUrl(request.audioUrl)) {
    issues.push({
      field: 'audioUrl',
      message: ruleText('rules:tools.audioUrl'),
    });
  } else if (hasText) {
    const long = tooLong('text', request.text ?? '', TOOL_LIMITS.talkingPhotoTextMaxChars);
    if (long) issues.push({ field: 'text', message: long });
  }
  const durations: readonly number[] = TOOL_LIMITS.talkingPhotoDurations;
  if (request.duration !== undefined && !durations.includes(request.duration)) {
    issues.push({
      field: 'duration',
      message: ruleText('rules:tools.talkingPhotoDuration', { durations: listWords(durations) }),
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
    return ruleText('rules:tools.noVideoId');
  }
  const seconds: readonly number[] = TOOL_LIMITS.lipSyncClipSeconds;
  // Real clips run a few milliseconds over their nominal length (5.041 s).
  const nominal = clip.durationSec === null ? null : Math.round(clip.durationSec);
  if (nominal === null || !seconds.includes(nominal)) {
    return ruleText('rules:tools.clipSeconds', { durations: listWords(seconds) });
  }
  const ageDays = (nowMs - Date.parse(clip.createdAt)) / DAY_MS;
  if (!(ageDays < TOOL_LIMITS.lipSyncClipMaxAgeDays)) {
    return ruleText('rules:tools.clipAge', { days: TOOL_LIMITS.lipSyncClipMaxAgeDays });
  }
  return null;
}
