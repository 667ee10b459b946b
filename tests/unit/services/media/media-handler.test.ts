import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMediaHandler } from '../../../../electron/main/services/media/media-handler';

const SAMPLE_PATH = resolve(import.meta.dirname, '../../../fixtures/media/sample.mp4');

let sample: Buffer;
let root: string;
let library: string;
let files: Record<string, string>;

beforeAll(async () => {
  sample = await readFile(SAMPLE_PATH);
  root = await mkdtemp(join(tmpdir(), 'kling-media-'));
  library = join(root, 'library');
  const project = join(library, 'proj_1');
  const outside = join(root, 'outside');
  await mkdir(project, { recursive: true });
  await mkdir(outside);
  await mkdir(join(project, 'folder.mp4'));
  await copyFile(SAMPLE_PATH, join(project, 'clip.mp4'));
  await copyFile(SAMPLE_PATH, join(project, 'still.JPG'));
  await copyFile(SAMPLE_PATH, join(outside, 'secret.mp4'));
  await writeFile(join(project, 'notes.txt'), 'private');
  await symlink(join(outside, 'secret.mp4'), join(project, 'link.mp4'));
  await symlink(library, join(root, 'library-link'));
  files = {
    clip_ok: join(project, 'clip.mp4'),
    clip_jpg: join(project, 'still.JPG'),
    clip_outside: join(outside, 'secret.mp4'),
    clip_etc: '/etc/passwd',
    clip_link: join(project, 'link.mp4'),
    clip_txt: join(project, 'notes.txt'),
    clip_dir: join(project, 'folder.mp4'),
    clip_relative: 'proj_1/clip.mp4',
    clip_dotdot: join(project, '..', '..', 'outside', 'secret.mp4'),
    clip_missing: join(project, 'gone.mp4'),
  };
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function handler(libraryRoot = (): string => library) {
  const resolveClipFile = vi.fn(async (id: string) => files[id] ?? null);
  return { handle: createMediaHandler({ resolveClipFile, libraryRoot }), resolveClipFile };
}

/** Always drains the body so no file descriptor outlives the test. */
async function send(url: string, init: RequestInit = {}, libraryRoot?: () => string) {
  const { handle, resolveClipFile } = handler(libraryRoot);
  const response = await handle(new Request(url, init));
  const body = Buffer.from(await response.arrayBuffer());
  return { response, body, resolveClipFile };
}

const clipUrl = (id: string): string => `kling-media://clip/${id}`;

describe('media handler', () => {
  it('serves the whole file with safe headers when no range is asked', async () => {
    const { response, body } = await send(clipUrl('clip_ok'));
    expect(response.status).toBe(200);
    expect(body.equals(sample)).toBe(true);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'video/mp4',
      'content-length': String(sample.length),
      'accept-ranges': 'bytes',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    expect(response.headers.get('content-range')).toBeNull();
  });

  const size = (): number => sample.length;
  const ranges: Array<[string, string | (() => string), () => [number, number]]> = [
    ['a middle range', 'bytes=1000-1999', () => [1000, 1999]],
    ['a suffix range', 'bytes=-500', () => [size() - 500, size() - 1]],
    ['an open range', 'bytes=30000-', () => [30000, size() - 1]],
    ['a range past the end', 'bytes=100-99999999', () => [100, size() - 1]],
    ['a suffix longer than the file', 'bytes=-99999999', () => [0, size() - 1]],
    ['the last byte', () => `bytes=${size() - 1}-${size() - 1}`, () => [size() - 1, size() - 1]],
  ];
  it.each(ranges)('answers %s with 206 and exactly those bytes', async (_name, range, expected) => {
    const header = typeof range === 'function' ? range() : range;
    const [start, end] = expected();
    const { response, body } = await send(clipUrl('clip_ok'), { headers: { range: header } });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes ${start}-${end}/${size()}`);
    expect(response.headers.get('content-length')).toBe(String(end - start + 1));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(body.equals(sample.subarray(start, end + 1))).toBe(true);
  });

  it.each([
    () => `bytes=${size()}-`,
    () => 'bytes=-0',
    () => `bytes=${size() + 10}-${size() + 20}`,
  ])('answers an unsatisfiable range with 416', async (range) => {
    const { response, body } = await send(clipUrl('clip_ok'), { headers: { range: range() } });
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe(`bytes */${size()}`);
    expect(body.length).toBe(0);
  });

  it.each(['bytes=0-1,5-6', 'bytes=abc', 'items=0-10', 'bytes=500-100', 'bytes=-', '0-10'])(
    'serves the whole file for the range header %j',
    async (range) => {
      const { response, body } = await send(clipUrl('clip_ok'), { headers: { range } });
      expect(response.status).toBe(200);
      expect(body.equals(sample)).toBe(true);
    },
  );

  it('answers HEAD with headers only', async () => {
    const { response, body } = await send(clipUrl('clip_ok'), { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(sample.length));
    expect(body.length).toBe(0);
    const ranged = await send(clipUrl('clip_ok'), {
      method: 'HEAD',
      headers: { range: 'bytes=10-19' },
    });
    expect(ranged.response.status).toBe(206);
    expect(ranged.response.headers.get('content-range')).toBe(`bytes 10-19/${sample.length}`);
    expect(ranged.body.length).toBe(0);
  });

  it('serves an allowed image type whatever the case of its extension', async () => {
    const { response } = await send(clipUrl('clip_jpg'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
  });

  it('accepts a library root reached through a link', async () => {
    const { response } = await send(clipUrl('clip_ok'), {}, () => join(root, 'library-link'));
    expect(response.status).toBe(200);
  });

  it.each([
    'kling-media://clip/../../etc/passwd',
    'kling-media://clip/%2e%2e',
    'kling-media://clip/%2e%2e%2fetc%2fpasswd',
    'kling-media://clip/a/b',
    'kling-media://clip/..%2F..%2Fetc',
    'kling-media://clip/a%5Cb',
    'kling-media://clip/clip_ok?x=1',
    'kling-media://other/clip_ok',
  ])('refuses the path-like address %j with 400 before resolving it', async (url) => {
    const { response, resolveClipFile } = await send(url);
    expect(response.status).toBe(400);
    expect(resolveClipFile).not.toHaveBeenCalled();
  });

  it.each([
    ['an unknown id', 'clip_unknown'],
    ['a file outside the library', 'clip_outside'],
    ['a system file', 'clip_etc'],
    ['a symlink in the library pointing outside', 'clip_link'],
    ['a path that climbs out with ..', 'clip_dotdot'],
    ['a relative path', 'clip_relative'],
    ['a disallowed extension', 'clip_txt'],
    ['a directory', 'clip_dir'],
    ['a missing file', 'clip_missing'],
  ])('answers 404 for %s', async (_name, id) => {
    const { response, body } = await send(clipUrl(id));
    expect(response.status).toBe(404);
    expect(body.length).toBe(0);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each(['POST', 'PUT', 'DELETE'])('answers %s with 405', async (method) => {
    const { response, resolveClipFile } = await send(clipUrl('clip_ok'), { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(resolveClipFile).not.toHaveBeenCalled();
  });

  it('answers 500 without details when the library lookup fails', async () => {
    const handle = createMediaHandler({
      resolveClipFile: async () => {
        throw new Error('index broken at /home/someone');
      },
      libraryRoot: () => library,
    });
    const response = await handle(new Request(clipUrl('clip_ok')));
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('');
  });

  it("answers CORS for the app's own origin only, naming it rather than any origin", async () => {
    const own = await send(clipUrl('clip_ok'), { headers: { origin: 'app://kling' } });
    expect(own.response.status).toBe(200);
    expect(own.response.headers.get('access-control-allow-origin')).toBe('app://kling');
    expect(own.response.headers.get('vary')).toBe('origin');

    const plain = await send(clipUrl('clip_ok'));
    expect(plain.response.status).toBe(200);
    expect(plain.response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it.each(['https://evil.example', 'null', 'app://kling.evil', 'http://localhost:5173'])(
    'refuses a request from origin %s with 403, without looking the clip up',
    async (origin) => {
      const { response, body, resolveClipFile } = await send(clipUrl('clip_ok'), {
        headers: { origin },
      });
      expect(response.status).toBe(403);
      expect(body.length).toBe(0);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(resolveClipFile).not.toHaveBeenCalled();
    },
  );

  it('answers CORS for a dev server origin when it is the page the app loads', async () => {
    const resolveClipFile = vi.fn(async (id: string) => files[id] ?? null);
    const handle = createMediaHandler({
      resolveClipFile,
      libraryRoot: () => library,
      appOrigins: ['http://localhost:5173'],
    });
    const response = await handle(
      new Request(clipUrl('clip_ok'), { headers: { origin: 'http://localhost:5173' } }),
    );
    await response.arrayBuffer();
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const foreign = await handle(
      new Request(clipUrl('clip_ok'), { headers: { origin: 'app://kling' } }),
    );
    expect(foreign.status).toBe(403);
  });
});
