import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryQuery } from '../../../../shared/domain';
import { LibraryQuerySchema } from '../../../../shared/domain';
import type { Library } from '../../../../electron/main/services/library/library';
import { makeEnv, openLibrary, writeClip, type Env } from './library-fixture';

let env: Env;
let library: Library;
let projectId: string;

// Five clips with distinct values for every filter and sort.
beforeAll(async () => {
  env = await makeEnv();
  library = await openLibrary(env);
  projectId = library.defaultProjectId();
  const dir = library.projectDir(projectId);
  await writeClip(dir, {
    jobId: 'job_1',
    prompt: 'A red FOX in snow',
    createdAt: '2025-03-01T10:00:00.000Z',
    rating: 3,
    durationSec: 5,
    tags: ['Winter'],
    action: 'text2video',
    model: 'kling-v2-6',
    mode: 'std',
  });
  await writeClip(dir, {
    jobId: 'job_2',
    prompt: 'A fox at the beach',
    createdAt: '2025-03-02T10:00:00.000Z',
    rating: 5,
    durationSec: 10,
    favourite: true,
    tags: ['summer', 'beach'],
    mode: 'pro',
    parameters: { negative_prompt: 'blurry snow' },
  });
  await writeClip(dir, {
    jobId: 'job_3',
    prompt: 'City at night',
    createdAt: '2025-03-03T10:00:00.000Z',
    rating: 1,
    durationSec: null,
    note: 'for the fox reel',
    action: 'image2video',
    model: 'kling-v1',
    mode: 'std',
  });
  await writeClip(dir, {
    jobId: 'job_4',
    prompt: 'Mountain lake',
    createdAt: '2025-03-04T23:30:00.000Z',
    rating: 0,
    durationSec: 5,
    action: 'extend',
    parentClipId: 'clip_job_1',
    video: false,
  });
  await writeClip(dir, {
    jobId: 'job_5',
    prompt: 'Mountain lake again',
    createdAt: '2025-03-05T10:00:00.000Z',
    rating: 4,
    durationSec: 10,
    parentClipId: 'clip_job_1',
    tags: ['Winter'],
  });
  await library.refresh();
});
afterAll(() => env.cleanup());

function ids(query: Omit<LibraryQuery, 'projectId'> = {}): string[] {
  return library
    .query(LibraryQuerySchema.parse({ projectId, ...query }))
    .clips.map((c) => c.jobId.replace('job_', ''));
}

describe('library query', () => {
  it('sorts newest first by default, and by oldest, rating and duration', () => {
    expect(ids()).toEqual(['5', '4', '3', '2', '1']);
    expect(ids({ sort: 'oldest' })).toEqual(['1', '2', '3', '4', '5']);
    expect(ids({ sort: 'rating' })).toEqual(['2', '5', '1', '3', '4']);
    // Longest first, ties newest first, unknown length last.
    expect(ids({ sort: 'duration' })).toEqual(['5', '2', '4', '1', '3']);
  });

  it('finds all words, case-insensitively, across prompt, negative prompt, tags and note', () => {
    expect(ids({ text: 'fox' })).toEqual(['3', '2', '1']);
    expect(ids({ text: 'FOX snow' })).toEqual(['2', '1']); // 2 by its negative prompt
    expect(ids({ text: 'winter lake' })).toEqual(['5']); // a tag and a prompt word
    expect(ids({ text: '  ' })).toHaveLength(5);
    expect(ids({ text: 'zebra' })).toEqual([]);
  });

  it('filters by action, model, mode, status, favourite and tags', () => {
    expect(ids({ actions: ['image2video', 'extend'] })).toEqual(['4', '3']);
    expect(ids({ models: ['kling-v1'] })).toEqual(['3']);
    expect(ids({ modes: ['pro'] })).toEqual(['2']);
    expect(ids({ statuses: ['missing'] })).toEqual(['4']);
    expect(ids({ statuses: ['ready'] })).toEqual(['5', '3', '2', '1']);
    expect(ids({ favourite: true })).toEqual(['2']);
    expect(ids({ favourite: false })).toEqual(['5', '4', '3', '1']);
    expect(ids({ tags: ['winter'] })).toEqual(['5', '1']);
    expect(ids({ tags: ['summer', 'beach'] })).toEqual(['2']);
    expect(ids({ tags: ['summer', 'winter'] })).toEqual([]);
  });

  it('filters by an inclusive date range, a bare "to" date covering the whole day', () => {
    expect(ids({ from: '2025-03-02', to: '2025-03-04' })).toEqual(['4', '3', '2']);
    expect(ids({ from: '2025-03-05T00:00:00Z' })).toEqual(['5']);
    expect(() => ids({ from: 'yesterday' })).toThrow(/not a date/);
  });

  it('pages with offset and limit, and counts every match', () => {
    const page = library.query(LibraryQuerySchema.parse({ projectId, offset: 1, limit: 2 }));
    expect(page.total).toBe(5);
    expect(page.clips.map((c) => c.jobId)).toEqual(['job_4', 'job_3']);
    expect(library.query(LibraryQuerySchema.parse({ projectId, offset: 10 })).clips).toEqual([]);
    expect(
      library.query(LibraryQuerySchema.parse({ projectId, text: 'fox', limit: 1 })).total,
    ).toBe(3);
  });

  it("lists the project's tags", () => {
    expect(library.query(LibraryQuerySchema.parse({ projectId })).tags).toEqual([
      'beach',
      'summer',
      'Winter',
    ]);
  });

  it('sees a metadata change in the next query (no stale cached order)', async () => {
    await library.updateClip({ clipId: 'clip_job_3', rating: 5, favourite: true });
    expect(ids({ sort: 'rating' }).slice(0, 2)).toEqual(['3', '2']);
    expect(ids({ favourite: true })).toEqual(['3', '2']);
    await library.updateClip({ clipId: 'clip_job_3', rating: 1, favourite: false });
  });

  it("gives a clip's details with every parameter and its lineage", async () => {
    const parent = await library.getClip('clip_job_1');
    expect(parent.parent).toBeNull();
    expect(parent.children.map((c) => c.id)).toEqual(['clip_job_4', 'clip_job_5']);
    expect(parent.parameters).toMatchObject({ prompt: 'A red FOX in snow', mode: 'std' });
    // Written before defaults were recorded: worked out from what was sent.
    expect(parent.defaults).toEqual({ duration: 5, aspect_ratio: '16:9' });
    expect(parent.sourceUrl).toBe('https://cdn.example.com/v.mp4');
    const child = await library.getClip('clip_job_5');
    expect(child.parent?.id).toBe('clip_job_1');
    expect(child.children).toEqual([]);
  });

  it('follows lineage across projects', async () => {
    const other = await library.createProject('Other');
    await library.moveClip('clip_job_5', other.id);
    expect((await library.getClip('clip_job_1')).children.map((c) => c.id)).toEqual([
      'clip_job_4',
      'clip_job_5',
    ]);
    expect((await library.getClip('clip_job_5')).parent?.projectId).toBe(projectId);
    await library.moveClip('clip_job_5', projectId);
  });
});
