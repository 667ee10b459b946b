import { readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexPath } from '../../../../electron/main/services/library/library-index';
import { SIDECAR_VERSION } from '../../../../electron/main/services/library/sidecar';
import { age, list, makeEnv, openLibrary, until, writeClip, type Env } from './library-fixture';

let env: Env;
beforeEach(async () => {
  env = await makeEnv();
});
afterEach(() => env.cleanup());

async function seeded() {
  const library = await openLibrary(env);
  const projectId = library.defaultProjectId();
  const dir = library.projectDir(projectId);
  await writeClip(dir, {
    jobId: 'job_a',
    prompt: 'A red fox',
    createdAt: '2025-01-01T00:00:00.000Z',
  });
  await writeClip(dir, {
    jobId: 'job_b',
    prompt: 'A blue whale',
    createdAt: '2025-01-02T00:00:00.000Z',
  });
  await library.refresh();
  await library.close();
  return { projectId, dir };
}

const ids = (clips: Array<{ id: string }>) => clips.map((c) => c.id);

describe('library index', () => {
  it('rebuilds a deleted index from the sidecars with the same results', async () => {
    const { projectId } = await seeded();
    const before = (await openLibrary(env)).listClips(projectId);
    await rm(indexPath(env.data, env.workspace));
    const after = await openLibrary(env);
    expect(after.listClips(projectId)).toEqual(before);
    expect(ids(before)).toEqual(['clip_job_b', 'clip_job_a']);
    await stat(indexPath(env.data, env.workspace)); // written again
  });

  it('sets a corrupt or truncated index aside, reports it, and rebuilds', async () => {
    const { projectId } = await seeded();
    const path = indexPath(env.data, env.workspace);
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.slice(0, text.length / 2));
    const logged: string[] = [];
    const library = await openLibrary(env, { log: (m) => logged.push(m) });
    expect(ids(library.listClips(projectId))).toEqual(['clip_job_b', 'clip_job_a']);
    const aside = (await readdir(join(env.data, 'library-index'))).filter((n) =>
      n.includes('.corrupt-'),
    );
    expect(aside).toHaveLength(1);
    expect(logged.join('\n')).toMatch(/index was damaged/);
  });

  it('refuses an index whose rows are well-formed JSON but the wrong shape', async () => {
    const { projectId } = await seeded();
    const path = indexPath(env.data, env.workspace);
    await writeFile(path, (await readFile(path, 'utf8')).replace('"text2video"', '42'));
    const library = await openLibrary(env);
    expect(library.listClips(projectId).map((c) => c.action)).toEqual(['text2video', 'text2video']);
  });

  it('opens from a valid index without reading the sidecars, then notices an in-place edit', async () => {
    const { dir } = await seeded();
    const path = join(dir, 'job_a.kling.json');
    const { mtime, atime } = await stat(path);
    // Same length, same time: only reading the file would tell.
    await writeFile(path, (await readFile(path, 'utf8')).replace('A red fox', 'A red cat'));
    await utimes(path, atime, mtime);
    const library = await openLibrary(env);
    expect(library.findClip('clip_job_a')?.prompt).toBe('A red fox');
    await age(path); // now its time differs from the index
    await library.refresh(true);
    expect(library.findClip('clip_job_a')?.prompt).toBe('A red cat');
  });

  it('picks up sidecars added and removed while the app was closed', async () => {
    const { projectId, dir } = await seeded();
    await writeClip(dir, { jobId: 'job_c', createdAt: '2025-01-03T00:00:00.000Z' });
    await rm(join(dir, 'job_a.kling.json'));
    const library = await openLibrary(env);
    expect(ids(library.listClips(projectId))).toEqual(['clip_job_c', 'clip_job_b']);
  });
});

describe('damaged files (case 32)', () => {
  it('sets a corrupt sidecar aside, reports it in the project, and loads the rest', async () => {
    const { projectId, dir } = await seeded();
    const bad = join(dir, 'job_a.kling.json');
    await writeFile(bad, '{ "version": 1, "clipId": "clip_job_a", "prom');
    await age(bad);
    // The index still lists it: the check that follows opening finds it and says so.
    const library = await openLibrary(env, { verifyAfterMs: 0 });
    await until(() => library.listClips(projectId).length === 1);
    expect(env.changes).toContainEqual({ type: 'clips', projectId });
    expect(ids(library.listClips(projectId))).toEqual(['clip_job_b']);
    const aside = (await list(dir)).filter((n) => n.startsWith('job_a.kling.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(join(dir, aside[0] as string), 'utf8')).toContain('"prom'); // kept, not deleted
    const [project] = library.listProjects();
    expect(project?.problems).toEqual([expect.stringContaining(aside[0] as string)]);
    // Still reported after a restart, until the person deals with the file.
    expect((await openLibrary(env)).listProjects()[0]?.problems).toHaveLength(1);
  });

  it('sets a corrupt sidecar aside at once when there is no index to trust', async () => {
    const { projectId, dir } = await seeded();
    await writeFile(join(dir, 'job_a.kling.json'), 'not json');
    await age(join(dir, 'job_a.kling.json'));
    await rm(indexPath(env.data, env.workspace));
    const library = await openLibrary(env);
    expect(ids(library.listClips(projectId))).toEqual(['clip_job_b']);
    expect(library.listProjects()[0]?.problems).toHaveLength(1);
  });

  it('does not read a 50 MB sidecar, names it in the project, and loads the rest', async () => {
    const { projectId, dir } = await seeded();
    await rm(indexPath(env.data, env.workspace));
    // A valid record padded with 50 MB of spaces: it would load if it were read.
    const big = join(dir, 'job_big.kling.json');
    await writeClip(dir, { jobId: 'job_big' });
    const record = await readFile(big);
    await writeFile(big, Buffer.concat([record, Buffer.alloc(50 * 1024 * 1024, 0x20)]));
    await age(big);
    const library = await openLibrary(env);
    expect(ids(library.listClips(projectId))).toEqual(['clip_job_b', 'clip_job_a']);
    expect(library.findClip('clip_job_big')).toBeNull();
    expect(library.listProjects()[0]?.problems).toEqual([
      expect.stringMatching(/^job_big\.kling\.json is larger than .* it was not read\.$/),
    ]);
  });

  it('sets aside a sidecar whose parameters nest 20,000 deep, and loads the rest', async () => {
    const { projectId, dir } = await seeded();
    await rm(indexPath(env.data, env.workspace));
    const path = await writeClip(dir, { jobId: 'job_deep' });
    const rest = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    delete rest.parameters;
    // Written as text: JSON.stringify itself cannot go that deep.
    const deep = '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000);
    await writeFile(path, `${JSON.stringify(rest).slice(0, -1)},"parameters":${deep}}`);
    await age(path);
    const library = await openLibrary(env);
    expect(ids(library.listClips(projectId))).toEqual(['clip_job_b', 'clip_job_a']);
    expect(library.findClip('clip_job_deep')).toBeNull();
    expect((await list(dir)).some((n) => n.startsWith('job_deep.kling.json.corrupt-'))).toBe(true);
    // Everything after the scan still works on the project: its list and an export.
    await library.exportProject(projectId, 'json', join(env.root, 'out.json'));
    expect(library.listProjects()[0]?.problems).toHaveLength(1);
  });

  it('waits for a sidecar that is still being written instead of setting it aside', async () => {
    const { projectId, dir } = await seeded();
    await writeFile(join(dir, 'job_c.kling.json'), '{ "version": 1, "cl'); // fresh, half written
    const library = await openLibrary(env);
    expect(library.listClips(projectId)).toHaveLength(2);
    expect(await list(dir)).toContain('job_c.kling.json');
    expect(library.listProjects()[0]?.problems).toEqual([]);
  });

  it('leaves a sidecar from a newer app in place and says so', async () => {
    const { projectId, dir } = await seeded();
    await writeClip(dir, { jobId: 'job_new', version: SIDECAR_VERSION + 1, model: 'kling-v9' });
    const library = await openLibrary(env);
    expect(library.listClips(projectId)).toHaveLength(2);
    expect(await list(dir)).toContain('job_new.kling.json');
    expect(library.listProjects()[0]?.problems.join()).toMatch(/newer Kling Studio/);
  });

  it('keeps listing a project whose kling-project.json was truncated, with its id and clips', async () => {
    const { projectId, dir } = await seeded();
    const file = join(dir, 'kling-project.json');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.slice(0, text.indexOf('"createdAt"')));
    await rm(indexPath(env.data, env.workspace));
    const library = await openLibrary(env);
    expect(library.listProjects().map((p) => p.id)).toEqual([projectId]);
    expect(library.listClips(projectId)).toHaveLength(2);
    expect(library.listProjects()[0]?.problems.join()).toMatch(/kling-project\.json was damaged/);
    expect((await list(dir)).some((n) => n.startsWith('kling-project.json.corrupt-'))).toBe(true);
  });

  it('shows a clip whose video is gone as missing, without dropping it', async () => {
    const { projectId, dir } = await seeded();
    await rm(join(dir, 'job_a.mp4'));
    const library = await openLibrary(env);
    expect(library.findClip('clip_job_a')?.status).toBe('missing');
    expect(library.findClip('clip_job_b')?.status).toBe('ready');
    expect(
      library.query({ projectId, statuses: ['missing'], sort: 'newest', offset: 0, limit: 10 })
        .total,
    ).toBe(1);
  });
});

describe('user metadata', () => {
  it('writes favourite, tags, rating and note to the sidecar, keeps unknown fields, and survives a reopen', async () => {
    const { dir } = await seeded();
    const path = join(dir, 'job_a.kling.json');
    const raw = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    await writeFile(path, JSON.stringify({ ...raw, futureField: { keep: true } }));
    await age(path);
    const library = await openLibrary(env);
    const clip = await library.updateClip({
      clipId: 'clip_job_a',
      favourite: true,
      tags: ['Sky', 'sky', 'sea'],
      rating: 4,
      note: 'best',
    });
    expect(clip).toMatchObject({ favourite: true, tags: ['Sky', 'sea'], rating: 4, note: 'best' });
    const onDisk = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    expect(onDisk).toMatchObject({
      favourite: true,
      rating: 4,
      note: 'best',
      futureField: { keep: true },
      prompt: 'A red fox',
    });
    await library.close();
    await rm(indexPath(env.data, env.workspace));
    const reopened = await openLibrary(env);
    expect(reopened.findClip('clip_job_a')).toMatchObject({
      favourite: true,
      tags: ['Sky', 'sea'],
      rating: 4,
      note: 'best',
    });
  });
});
