import type { ParsedRequestOf } from '../../../../shared/contract';
import {
  toApiBody,
  validateVideoRequest,
  type VideoRequest,
} from '../../../../shared/capabilities';
import { describedPrompt } from '../../../../shared/capabilities/fields';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import { newId } from '../ids';
import type { Library } from '../library/library';
import type { JobRecord } from './job-record';

/** What the window asks for, as the contract parsed it. */
export type SubmitJob = ParsedRequestOf<'jobs:submit'>;

/** A checked request, ready to be queued: a video's or a tool's. */
export type JobPlan = Pick<
  JobRecord,
  'action' | 'model' | 'prompt' | 'body' | 'parentClipId' | 'sources'
> &
  Partial<Pick<JobRecord, 'parentFrameSec'>>;

/**
 * Checks a video request as main must (the window is not trusted) and turns it into a job
 * plan. `lineage.extends` is the clip an extension continues; `lineage.fromFrame` the clip and
 * time (seconds) a start frame was taken from. The plan holds the provider's body, the prompt
 * as the library shows it and the parent clip.
 * Throws AppError `invalid_request` naming every broken rule, `unknown_clip` when the clip to
 * extend is gone, `not_extendable` when it has no Kling video id.
 */
export function planVideoJob(
  request: VideoRequest,
  lineage: { extends: string | undefined; fromFrame: SubmitJob['fromFrame'] },
  library: Pick<Library, 'findClip'>,
): JobPlan {
  const { fromFrame } = lineage;
  const video = withParent(library, request, lineage.extends);
  const parentClipId = lineage.extends ?? frameParent(library, video, fromFrame);
  const issues = validateVideoRequest(video);
  if (issues.length > 0) {
    // Main is the authority: the window checks the same rules, but nothing unchecked is sent.
    throw new AppError('invalid_request', issues.map((i) => i.message).join(' '));
  }
  return {
    action: video.action,
    model: video.model,
    prompt: describedPrompt(video),
    body: toApiBody(video),
    parentClipId: parentClipId ?? null,
    parentFrameSec: fromFrame && parentClipId ? fromFrame.atSec : null,
    sources: [],
  };
}

/**
 * A queued job's first journal record: a new id, the plan, `rank` (its place at the end of the
 * queue), and every field the later states fill in set empty. `at` is an ISO time.
 */
export function newJobRecord(
  plan: JobPlan,
  projectId: string,
  at: string,
  rank: number,
  clientRequestId: string | undefined,
): JobRecord {
  return {
    id: newId('job'),
    projectId,
    ...plan,
    parentFrameSec: plan.parentFrameSec ?? null,
    state: 'queued',
    taskId: null,
    clipId: null,
    error: null,
    note: null,
    noteText: null,
    createdAt: at,
    updatedAt: at,
    download: null,
    traceId: null,
    videoUrl: null,
    videoId: null,
    durationSec: null,
    billedSec: null,
    rank,
    submittedAt: null,
    finishedAt: null,
    clientRequestId: clientRequestId ?? null,
    downloadBlocked: null,
    allowedHosts: [],
  };
}

/** An extension continues a clip of the library: its video id comes from there, not the window. */
function withParent(
  library: Pick<Library, 'findClip'>,
  video: VideoRequest,
  parentClipId: string | undefined,
): VideoRequest {
  if (video.action !== 'extend') {
    if (parentClipId)
      throw new AppError('invalid_request', t('errors:invalid_request.onlyExtendHasParent'));
    return video;
  }
  const parent = parentClipId ? library.findClip(parentClipId) : null;
  if (!parent) throw new AppError('unknown_clip', t('errors:unknown_clip.toExtend'));
  if (!parent.videoId) {
    throw new AppError('not_extendable', t('errors:not_extendable'));
  }
  return { ...video, videoId: parent.videoId };
}

/**
 * The clip an image→video job continues from a still of. Only lineage: the still's upload is
 * the request's start frame, so a clip removed meanwhile just leaves no parent.
 */
function frameParent(
  library: Pick<Library, 'findClip'>,
  video: VideoRequest,
  fromFrame: SubmitJob['fromFrame'],
): string | undefined {
  if (!fromFrame) return undefined;
  if (video.action !== 'image2video')
    throw new AppError('invalid_request', t('errors:invalid_request.onlyImageFromFrame'));
  return library.findClip(fromFrame.clipId) ? fromFrame.clipId : undefined;
}
