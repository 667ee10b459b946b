import type { Clip } from '../../../../shared/domain';
import type { Sidecar } from './sidecar';

/** The part of a sidecar the library keeps in memory and in its index. */
export type ClipMeta = Pick<
  Sidecar,
  | 'clipId'
  | 'jobId'
  | 'videoFile'
  | 'action'
  | 'model'
  | 'mode'
  | 'prompt'
  | 'taskId'
  | 'videoId'
  | 'durationSec'
  | 'sizeBytes'
  | 'sha256'
  | 'parentClipId'
  | 'submittedAt'
  | 'createdAt'
  | 'favourite'
  | 'tags'
  | 'rating'
  | 'note'
> & { negativePrompt: string };

/** When a sidecar was last seen, to tell whether it changed since it was read. */
export interface Stamp {
  mtimeMs: number;
  size: number;
}

export interface ClipRecord {
  projectId: string;
  /** The sidecar's file name in the project folder. */
  name: string;
  stamp: Stamp;
  meta: ClipMeta;
  videoPresent: boolean;
  posterPresent: boolean;
  createdMs: number;
  /** Lower-cased prompt, negative prompt, tags and note; made on the first text search. */
  search?: string;
}

export function metaOf(sidecar: Sidecar): ClipMeta {
  const negative = sidecar.parameters.negative_prompt;
  return {
    clipId: sidecar.clipId,
    jobId: sidecar.jobId,
    videoFile: sidecar.videoFile,
    action: sidecar.action,
    model: sidecar.model,
    mode:
      sidecar.mode ??
      (typeof sidecar.parameters.mode === 'string' ? sidecar.parameters.mode : null),
    prompt: sidecar.prompt,
    negativePrompt: typeof negative === 'string' ? negative : '',
    taskId: sidecar.taskId,
    videoId: sidecar.videoId,
    durationSec: sidecar.durationSec,
    sizeBytes: sidecar.sizeBytes,
    sha256: sidecar.sha256,
    parentClipId: sidecar.parentClipId,
    submittedAt: sidecar.submittedAt,
    createdAt: sidecar.createdAt,
    favourite: sidecar.favourite,
    tags: sidecar.tags,
    rating: sidecar.rating,
    note: sidecar.note,
  };
}

export function newRecord(
  projectId: string,
  name: string,
  stamp: Stamp,
  meta: ClipMeta,
  present: { video: boolean; poster: boolean },
): ClipRecord {
  const createdMs = Date.parse(meta.createdAt);
  return {
    projectId,
    name,
    stamp,
    meta,
    videoPresent: present.video,
    posterPresent: present.poster,
    createdMs: Number.isNaN(createdMs) ? 0 : createdMs,
  };
}

export function searchTextOf(record: ClipRecord): string {
  record.search ??= [
    record.meta.prompt,
    record.meta.negativePrompt,
    record.meta.tags.join(' '),
    record.meta.note,
  ]
    .join('\n')
    .toLowerCase();
  return record.search;
}

export interface MediaUrls {
  clip: (clipId: string) => string;
  poster: (clipId: string) => string;
}

export function toClip(record: ClipRecord, urls: MediaUrls): Clip {
  const m = record.meta;
  return {
    id: m.clipId,
    projectId: record.projectId,
    jobId: m.jobId,
    action: m.action,
    model: m.model,
    prompt: m.prompt,
    taskId: m.taskId,
    videoId: m.videoId,
    durationSec: m.durationSec,
    sizeBytes: m.sizeBytes,
    sha256: m.sha256,
    createdAt: m.createdAt,
    mediaUrl: urls.clip(m.clipId),
    parentClipId: m.parentClipId,
    mode: m.mode,
    favourite: m.favourite,
    tags: [...m.tags],
    rating: m.rating,
    note: m.note,
    posterUrl: record.posterPresent ? urls.poster(m.clipId) : null,
    status: record.videoPresent ? 'ready' : 'missing',
  };
}
