import {
  ClipDetailSchema,
  ClipSchema,
  JobSchema,
  ProjectSchema,
  QueueStatusSchema,
  TokenStatusSchema,
  type Clip,
  type ClipDetail,
  type Job,
  type Project,
  type QueueStatus,
  type TokenStatus,
} from '../../shared/domain';

// Each fixture goes through its schema, so a field main adds with a default is filled in
// here too, the way the bridge's answers would carry it.

export function tokenStatus(overrides: Partial<TokenStatus> = {}): TokenStatus {
  return TokenStatusSchema.parse({
    hasToken: false,
    last4: null,
    storage: 'none',
    warning: null,
    ...overrides,
  });
}

export function project(overrides: Partial<Project> = {}): Project {
  return ProjectSchema.parse({ id: 'default', name: 'Default', clipCount: 0, ...overrides });
}

export function queueStatus(overrides: Partial<QueueStatus> = {}): QueueStatus {
  return QueueStatusSchema.parse({
    paused: false,
    authRequired: false,
    offline: false,
    maxInFlight: 5,
    inFlight: 0,
    queued: 0,
    ...overrides,
  });
}

let counter = 0;

export function job(overrides: Partial<Job> = {}): Job {
  counter += 1;
  return JobSchema.parse({
    id: `job-${counter}`,
    projectId: 'default',
    action: 'text2video',
    model: 'kling-v1',
    prompt: `A prompt ${counter}`,
    state: 'queued',
    taskId: null,
    clipId: null,
    error: null,
    createdAt: '2025-01-01T10:00:00.000Z',
    updatedAt: '2025-01-01T10:00:00.000Z',
    download: null,
    stalled: false,
    note: null,
    queuePosition: null,
    ...overrides,
  });
}

export function clip(overrides: Partial<Clip> = {}): Clip {
  counter += 1;
  const id = overrides.id ?? `clip-${counter}`;
  return ClipSchema.parse({
    id,
    projectId: 'default',
    jobId: `job-${counter}`,
    action: 'text2video',
    model: 'kling-v1-6',
    prompt: `Clip prompt ${counter}`,
    taskId: `task-${counter}`,
    videoId: null,
    durationSec: 5,
    sizeBytes: 2_400_000,
    sha256: 'a'.repeat(64),
    createdAt: '2025-01-01T10:05:00.000Z',
    // Deliberately not derived from the id: the renderer must use it as given.
    mediaUrl: `kling-media://clip/m${counter}x${id.length}`,
    ...overrides,
  });
}

/** A clip's full record as the library answers it (`library:get`), with `overrides` on top. */
export function clipDetail(overrides: Partial<ClipDetail>): ClipDetail {
  return ClipDetailSchema.parse({
    ...clip(),
    sourceUrl: 'https://cdn.example.com/out.mp4',
    submittedAt: '2026-11-01T10:00:00.000Z',
    parent: null,
    children: [],
    ...overrides,
  });
}
