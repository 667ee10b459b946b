import type { watch } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../../electron/main/services/library/library';
import { makeEnv, openLibrary, until, writeClip, type Env } from './library-fixture';

let env: Env;
let library: Library | null = null;
beforeEach(async () => {
  env = await makeEnv();
});
afterEach(async () => {
  await library?.close();
  library = null;
  await env.cleanup();
});

async function watched(watch: NonNullable<Parameters<typeof openLibrary>[1]>['watch']) {
  // No check after opening in time for these tests: only watching or polling can notice.
  library = await openLibrary(env, { watch, verifyAfterMs: 60_000 });
  const projectId = library.defaultProjectId();
  return { library, projectId, dir: library.projectDir(projectId) };
}

describe('changes made outside the app', () => {
  it('marks a clip missing when its video is deleted, and says the project changed', async () => {
    const first = await openLibrary(env);
    await writeClip(first.projectDir(first.defaultProjectId()), { jobId: 'job_a' });
    await first.close();
    // A long poll: only the OS's change events can make this pass in time.
    const { projectId, dir } = await watched({ debounceMs: 30, pollMs: 60_000 });
    expect(library?.findClip('clip_job_a')?.status).toBe('ready');
    env.changes.length = 0;
    await rm(join(dir, 'job_a.mp4'));
    await until(() => library?.findClip('clip_job_a')?.status === 'missing');
    expect(env.changes).toContainEqual({ type: 'clips', projectId });
  });

  it('indexes a sidecar copied into the project, and announces it', async () => {
    const { projectId, dir } = await watched({ debounceMs: 30, pollMs: 60_000 });
    await writeClip(dir, { jobId: 'job_new', prompt: 'dropped in' });
    await until(() => library?.findClip('clip_job_new') !== null);
    expect(library?.listProjects()[0]?.clipCount).toBe(1);
    expect(env.changes).toContainEqual({ type: 'clips', projectId });
    expect(env.changes).toContainEqual({ type: 'projects' });
  });

  it('falls back to polling when the OS will not watch, and still finds new clips', async () => {
    const refused: string[] = [];
    const refuse = ((dir: string) => {
      refused.push(dir);
      throw Object.assign(new Error('watch limit reached'), { code: 'ENOSPC' });
    }) as unknown as typeof watch;
    const { projectId, dir } = await watched({ debounceMs: 30, pollMs: 100, watchImpl: refuse });
    // The OS was asked for both the workspace and the project, and said no to each.
    expect(refused).toEqual(expect.arrayContaining([env.workspace, dir]));
    env.changes.length = 0;
    await writeClip(dir, { jobId: 'job_polled' });
    await until(() => library?.findClip('clip_job_polled') !== null);
    expect(library?.findClip('clip_job_polled')?.status).toBe('ready');
    expect(env.changes).toContainEqual({ type: 'clips', projectId });
  });

  it('does not find a new clip by itself when neither events nor a poll come', async () => {
    // The counterpart of the fallback test: without the poll, the same refusal leaves the
    // clip unseen, so it is the poll that finds it there.
    const refuse = (() => {
      throw Object.assign(new Error('watch limit reached'), { code: 'ENOSPC' });
    }) as unknown as typeof watch;
    const { dir } = await watched({ debounceMs: 30, pollMs: 60_000, watchImpl: refuse });
    await writeClip(dir, { jobId: 'job_unseen' });
    await new Promise((r) => setTimeout(r, 600));
    expect(library?.findClip('clip_job_unseen')).toBeNull();
  });

  it('notices a project folder copied into the workspace', async () => {
    const outside = join(env.root, 'elsewhere', 'Holiday');
    await mkdir(outside, { recursive: true });
    await writeClip(outside, { jobId: 'job_h' });
    await watched({ debounceMs: 30, pollMs: 60_000 });
    env.changes.length = 0;
    await cp(outside, join(env.workspace, 'Holiday'), { recursive: true });
    await until(() => (library?.listProjects().length ?? 0) === 2);
    expect(env.changes).toContainEqual({ type: 'projects' });
    expect(library?.findClip('clip_job_h')?.status).toBe('ready');
  });

  it('survives its project folder disappearing', async () => {
    const { dir } = await watched({ debounceMs: 30, pollMs: 100 });
    await writeFile(join(dir, 'note.txt'), 'x');
    await rm(dir, { recursive: true, force: true });
    await until(() => library?.listProjects().length === 0);
    await expect(library?.refresh(true)).resolves.toBeUndefined();
  });
});
