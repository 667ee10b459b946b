import type { Clip, Job, Project, TokenStatus } from '../../shared/domain';

export function tokenStatus(overrides: Partial<TokenStatus> = {}): TokenStatus {
  return { hasToken: false, last4: null, storage: 'none', warning: null, ...overrides };
}

export function project(overrides: Partial<Project> = {}): Project {
  return { id: 'default', name: 'Default', clipCount: 0, ...overrides };
}

let counter = 0;

export function job(overrides: Partial<Job> = {}): Job {
  counter += 1;
  return {
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
  };
}

export function clip(overrides: Partial<Clip> = {}): Clip {
  counter += 1;
  const id = overrides.id ?? `clip-${counter}`;
  return {
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
  };
}
