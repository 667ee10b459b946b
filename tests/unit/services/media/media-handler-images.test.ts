import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  PREFERENCES_FILE,
  PreferencesStore,
} from '../../../../electron/main/services/preferences/preferences-store';
import { LocalImageService } from '../../../../electron/main/services/images/image-service';
import { createMediaHandler } from '../../../../electron/main/services/media/media-handler';
import { pngBytes, writeImageCases } from '../../../fixtures/images/test-images';

let root: string | null = null;

afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = null;
});

async function setup() {
  root = await mkdtemp(join(tmpdir(), 'kling-media-images-'));
  const dataDir = join(root, 'data');
  const cases = await writeImageCases(join(root, 'pictures'));
  const images = new LocalImageService({
    dataDir,
    uploadUrl: 'http://127.0.0.1:9/api/v1/files/',
    readPlatformToken: async () => null,
    previewUrlFor: (id) => `kling-media://image/${id}`,
    consent: new PreferencesStore(join(dataDir, PREFERENCES_FILE)).consent,
  });
  const resolveFile = vi.fn((id: string) => images.resolvePreview(id));
  const resolveClipFile = vi.fn(async () => null);
  const handle = createMediaHandler({
    resolveClipFile,
    libraryRoot: () => join(root!, 'workspace'),
    images: { resolveFile, root: () => images.stagedDir },
  });
  /** Always drains the body so no file descriptor outlives the test. */
  const send = async (url: string, init: RequestInit = {}) => {
    const response = await handle(new Request(url, init));
    return { response, body: Buffer.from(await response.arrayBuffer()) };
  };
  return { root, dataDir, cases, images, send, resolveFile, resolveClipFile };
}

describe('media handler: staged images', () => {
  it('serves a staged PNG and JPEG with their types, nosniff and no caching', async () => {
    const { cases, images, send } = await setup();
    const png = await images.stage(cases.png640x360);
    const { response, body } = await send(png.previewUrl);
    expect(response.status).toBe(200);
    expect(body.equals(await readFile(cases.png640x360))).toBe(true);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'image/png',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
      'content-length': String(body.length),
    });
    const jpeg = await images.stage(cases.jpeg512);
    expect((await send(jpeg.previewUrl)).response.headers.get('content-type')).toBe('image/jpeg');
  });

  it('answers ranges for images too', async () => {
    const { cases, images, send } = await setup();
    const png = await images.stage(cases.png640x360);
    const { response, body } = await send(png.previewUrl, { headers: { range: 'bytes=1-3' } });
    expect(response.status).toBe(206);
    expect(body.toString('latin1')).toBe('PNG');
  });

  it.each([
    'kling-media://image/../../etc/passwd',
    'kling-media://image/%2e%2e%2fetc%2fpasswd',
    'kling-media://image/..%2F..%2Fetc',
    'kling-media://image/a/b',
    'kling-media://image/img_0123456789abcdef.png',
    'kling-media://image/a%5Cb',
    'kling-media://image/',
    'kling-media://images/img_0123456789abcdef',
  ])('refuses the path-like address %j with 400 before resolving it', async (url) => {
    const { send, resolveFile } = await setup();
    const { response } = await send(url);
    expect(response.status).toBe(400);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(resolveFile).not.toHaveBeenCalled();
  });

  it('answers 404 for an unknown, discarded or non-image id, and never asks the library', async () => {
    const { cases, images, send, resolveClipFile } = await setup();
    expect((await send('kling-media://image/img_0123456789abcdef')).response.status).toBe(404);
    expect((await send('kling-media://image/clip_1')).response.status).toBe(404);
    const png = await images.stage(cases.png640x360);
    await images.discard(png.id);
    expect((await send(png.previewUrl)).response.status).toBe(404);
    expect(resolveClipFile).not.toHaveBeenCalled();
  });

  it('does not serve a link planted in the staged folder, nor another file type there', async () => {
    const { dataDir, send, cases, images } = await setup();
    await images.stage(cases.png640x360);
    const staged = join(dataDir, 'staged-images');
    await symlink('/etc/passwd', join(staged, 'img_00000000000000aa.png'));
    await writeFile(join(staged, 'img_00000000000000bb.txt'), 'private');
    expect((await send('kling-media://image/img_00000000000000aa')).response.status).toBe(404);
    expect((await send('kling-media://image/img_00000000000000bb')).response.status).toBe(404);
  });

  it('does not serve a staged id whose resolver points outside the staged folder', async () => {
    const { root: dir } = await setup();
    const outside = join(dir, 'outside');
    await mkdir(outside);
    await writeFile(join(outside, 'x.png'), pngBytes(400, 400));
    // The staged folder exists, so only the containment check can refuse.
    await mkdir(join(dir, 'data', 'staged-images'), { recursive: true });
    const handle = createMediaHandler({
      resolveClipFile: async () => null,
      libraryRoot: () => dir,
      images: {
        resolveFile: async () => join(outside, 'x.png'),
        root: () => join(dir, 'data', 'staged-images'),
      },
    });
    const response = await handle(new Request('kling-media://image/img_0123456789abcdef'));
    expect(response.status).toBe(404);
  });

  it('answers 404 for images when no image source is wired', async () => {
    const handle = createMediaHandler({
      resolveClipFile: async () => null,
      libraryRoot: () => tmpdir(),
    });
    expect((await handle(new Request('kling-media://image/img_0123456789abcdef'))).status).toBe(
      404,
    );
  });
});
