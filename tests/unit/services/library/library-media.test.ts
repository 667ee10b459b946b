import { copyFile, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../../electron/main/services/library/library';
import { createMediaHandler } from '../../../../electron/main/services/media/media-handler';
import { list, makeEnv, openLibrary, writeClip, type Env } from './library-fixture';

const SAMPLE = resolve(import.meta.dirname, '../../../fixtures/media/sample.mp4');
// The smallest thing that starts like a JPEG: SOI, then an APP0 marker.
const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF poster bytes'),
]);
const dataUrl = (bytes: Buffer) => `data:image/jpeg;base64,${bytes.toString('base64')}`;

let env: Env;
let library: Library;
let dir: string;
let serve: (request: Request) => Promise<Response>;

beforeEach(async () => {
  env = await makeEnv();
  library = await openLibrary(env);
  dir = library.projectDir(library.defaultProjectId());
  await writeClip(dir, { jobId: 'job_a' });
  await copyFile(SAMPLE, join(dir, 'job_a.mp4'));
  await library.refresh();
  serve = createMediaHandler({
    resolveClipFile: (id) => library.resolveClipFile(id),
    resolvePosterFile: (id) => library.resolvePosterFile(id),
    libraryRoot: () => library.mediaRoots(),
  });
});
afterEach(() => env.cleanup());

async function get(url: string, headers: Record<string, string> = {}) {
  const response = await serve(new Request(url, { headers }));
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

describe('posters', () => {
  it('stores the JPEG beside the video and serves it by clip id only', async () => {
    const posterUrl = await library.setPoster('clip_job_a', dataUrl(JPEG));
    expect(posterUrl).toBe('kling-media://poster/clip_job_a');
    expect(await readFile(join(dir, 'job_a.poster.jpg'))).toEqual(JPEG);
    expect(library.findClip('clip_job_a')?.posterUrl).toBe(posterUrl);
    const { response, body } = await get(posterUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(body).toEqual(JPEG);
  });

  it.each([
    [
      'PNG bytes labelled as JPEG',
      dataUrl(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    ],
    ['HTML labelled as JPEG', dataUrl(Buffer.from('<script>alert(1)</script>'))],
    ['not base64', 'data:image/jpeg;base64,@@@@'],
    ['too large', dataUrl(Buffer.concat([JPEG, Buffer.alloc(2 * 1024 * 1024)]))],
  ])('refuses %s and writes nothing', async (_name, url) => {
    await expect(library.setPoster('clip_job_a', url)).rejects.toMatchObject({
      code: 'invalid_poster',
    });
    expect(await list(dir)).not.toContain('job_a.poster.jpg');
    expect(library.findClip('clip_job_a')?.posterUrl).toBeNull();
  });

  it('refuses a poster for an unknown clip', async () => {
    await expect(library.setPoster('clip_nope', dataUrl(JPEG))).rejects.toMatchObject({
      code: 'unknown_clip',
    });
  });
});

describe('media requests (cases 23 and 24)', () => {
  it.each([
    'kling-media://poster/../../etc/passwd',
    'kling-media://poster/%2e%2e',
    'kling-media://poster/%2e%2e%2fetc%2fpasswd',
    'kling-media://clip/../../etc/passwd',
    'kling-media://clip/%2e%2e',
  ])('answers 400 for %s', async (url) => {
    expect((await get(url)).response.status).toBe(400);
  });

  it('answers 404 for an unknown id, a clip without a poster, and a poster linked outside', async () => {
    expect((await get('kling-media://poster/clip_unknown')).response.status).toBe(404);
    expect((await get('kling-media://clip/clip_unknown')).response.status).toBe(404);
    expect((await get('kling-media://poster/clip_job_a')).response.status).toBe(404);
    const secret = join(env.root, 'secret.jpg');
    await writeFile(secret, JPEG);
    await symlink(secret, join(dir, 'job_a.poster.jpg'));
    await library.refresh();
    expect(library.findClip('clip_job_a')?.posterUrl).not.toBeNull();
    const { response, body } = await get('kling-media://poster/clip_job_a');
    expect(response.status).toBe(404);
    expect(body.length).toBe(0);
  });

  it('serves a clip only from inside its own project: a link into another project is refused', async () => {
    const other = await library.createProject('Other');
    const otherDir = library.projectDir(other.id);
    await writeClip(otherDir, { jobId: 'job_b' });
    await copyFile(SAMPLE, join(otherDir, 'job_b.mp4'));
    // job_c's video in the first project is a link to job_b's video in the other project.
    await writeClip(dir, { jobId: 'job_c' });
    await rm(join(dir, 'job_c.mp4'));
    await symlink(join(otherDir, 'job_b.mp4'), join(dir, 'job_c.mp4'));
    await library.refresh(true);
    expect(library.findClip('clip_job_c')?.status).toBe('ready');
    expect((await get('kling-media://clip/clip_job_b')).response.status).toBe(200);
    expect(await library.resolveClipFile('clip_job_c')).toBeNull();
    const { response, body } = await get('kling-media://clip/clip_job_c');
    expect(response.status).toBe(404);
    expect(body.length).toBe(0);
  });

  it('answers a seek to the middle of a clip with 206 and exactly those bytes', async () => {
    const sample = await readFile(SAMPLE);
    const start = Math.floor(sample.length / 2);
    const { response, body } = await get('kling-media://clip/clip_job_a', {
      range: `bytes=${start}-${start + 999}`,
    });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(
      `bytes ${start}-${start + 999}/${sample.length}`,
    );
    expect(body).toEqual(sample.subarray(start, start + 1000));
    const past = await get('kling-media://clip/clip_job_a', {
      range: `bytes=${sample.length + 5}-`,
    });
    expect(past.response.status).toBe(416);
  });

  it('serves clips of a folder opened from outside the workspace, and nothing else there', async () => {
    const outside = join(env.root, 'Footage');
    await mkdir(outside);
    await writeClip(outside, { jobId: 'job_x' });
    await writeFile(join(env.root, 'loose.mp4'), 'not in any project');
    await library.openFolder(outside);
    expect((await get('kling-media://clip/clip_job_x')).response.status).toBe(200);
    // A sidecar naming a file beside the project folder cannot reach it: names are plain.
    await writeClip(outside, { jobId: 'job_y', videoFile: '..%2Floose.mp4' });
    await library.refresh(true);
    expect(library.findClip('clip_job_y')).toBeNull();
  });
});
