import { chmod, readFile, readdir, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pngBytes } from '../../../fixtures/images/test-images';
import { codeOf, disposeRigs, makeRig, type ImageRig } from './image-harness';

afterEach(disposeRigs);

/** A rig whose service would upload at once if anything reached upload: consent given, token set. */
async function readyRig(): Promise<ImageRig> {
  const rig = await makeRig();
  await rig.service().consent(true);
  return rig;
}

describe('staging a dropped or picked image', () => {
  it('stages a valid PNG: checked, copied into the data folder, described for the window', async () => {
    const rig = await readyRig();
    const service = rig.service();
    const image = await service.stage(rig.cases.png640x360);
    expect(image).toMatchObject({
      name: 'frame.png',
      width: 640,
      height: 360,
      mime: 'image/png',
      url: null,
      previewUrl: `kling-media://image/${image.id}`,
    });
    expect(image.id).toMatch(/^img_[0-9a-f]{16}$/);
    const original = await readFile(rig.cases.png640x360);
    expect(image.sizeBytes).toBe(original.length);
    const copy = join(rig.dataDir, 'staged-images', `${image.id}.png`);
    expect((await readFile(copy)).equals(original)).toBe(true);
    expect(await service.resolvePreview(image.id)).toBe(copy);
    // The window never sees where the file came from.
    expect(JSON.stringify(image)).not.toContain(rig.root);
  });

  it('stages a JPEG by its bytes and stores it as .jpg', async () => {
    const rig = await readyRig();
    const image = await rig.service().stage(rig.cases.jpeg512);
    expect(image).toMatchObject({ mime: 'image/jpeg', width: 512, height: 512 });
    expect(await readdir(join(rig.dataDir, 'staged-images'))).toEqual([`${image.id}.jpg`]);
  });

  it('keeps its own copy: changing the original later changes nothing staged', async () => {
    const rig = await readyRig();
    const service = rig.service();
    const before = await readFile(rig.cases.png640x360);
    const image = await service.stage(rig.cases.png640x360);
    await writeFile(rig.cases.png640x360, pngBytes(900, 900));
    const copy = await service.resolvePreview(image.id);
    expect((await readFile(copy!)).equals(before)).toBe(true);
  });

  it('stages a file reached through a link to a real image', async () => {
    const rig = await readyRig();
    const link = join(rig.root, 'pictures', 'alias.png');
    await symlink(rig.cases.png640x360, link);
    expect(await rig.service().stage(link)).toMatchObject({ name: 'alias.png', width: 640 });
  });

  const refusals: Array<[string, keyof ImageRig['cases'], string, RegExp]> = [
    [
      'an executable renamed .png',
      'elfAsPng',
      'image_not_png_or_jpeg',
      /not a PNG or JPEG image .*Linux program/,
    ],
    [
      'a 50 MB file',
      'huge50mb',
      'image_too_large',
      /50\.0 MB; Kling takes images of at most 10 MB/,
    ],
    [
      'a 100 × 100 px image',
      'small100',
      'image_too_small',
      /100 × 100 px; Kling needs the shortest side to be at least 300 px/,
    ],
    [
      'a 4000 × 100 px strip',
      'strip4000x100',
      'image_bad_ratio',
      /4000 × 100 px, an aspect ratio of 40:1; .*between 1:2\.5 and 2\.5:1/,
    ],
    [
      'a symlink to /etc/passwd',
      'linkToPasswd',
      'image_not_file',
      /\/etc\/passwd, a file in the system folder \/etc/,
    ],
    ['a directory', 'folder', 'image_not_file', /folder, not an image file/],
    ['a path with nothing there', 'missing', 'image_not_file', /no file at this location/],
  ];
  it.each(refusals)(
    'refuses %s, names the rule, stages and uploads nothing',
    async (_name, which, code, message) => {
      const rig = await readyRig();
      const service = rig.service();
      const refused = await codeOf(service.stage(rig.cases[which]));
      expect(refused.code).toBe(code);
      expect(refused.message).toMatch(message);
      const staged = await readdir(join(rig.dataDir, 'staged-images')).catch(() => []);
      expect(staged).toEqual([]);
      expect(rig.uploads()).toEqual([]);
      expect(rig.api.requests).toEqual([]);
    },
  );

  it('refuses a relative path and a device', async () => {
    const rig = await readyRig();
    const service = rig.service();
    expect((await codeOf(service.stage('pictures/frame.png'))).code).toBe('image_not_file');
    // /dev/zero would read forever if the checks came after opening it.
    expect((await codeOf(service.stage('/dev/zero'))).message).toMatch(/system folder \/dev/);
  });

  it('refuses a device outside the system folders as not a regular file', async () => {
    const rig = await readyRig();
    const service = rig.service({ systemDirs: [] });
    expect(await codeOf(service.stage('/dev/null'))).toMatchObject({
      code: 'image_not_file',
      message: expect.stringMatching(/not a regular file/),
    });
  });

  it('refuses a file it may not read as unreadable', async () => {
    if (process.getuid?.() === 0) return; // root reads everything: nothing to check here
    const rig = await readyRig();
    await chmod(rig.cases.png640x360, 0o000);
    expect((await codeOf(rig.service().stage(rig.cases.png640x360))).code).toBe('image_unreadable');
  });

  it('checks the bytes, not the name: a PNG called .jpg is staged as a PNG', async () => {
    const rig = await readyRig();
    const misnamed = join(rig.root, 'pictures', 'really-a-png.jpg');
    await writeFile(misnamed, pngBytes(400, 400));
    const image = await rig.service().stage(misnamed);
    expect(image.mime).toBe('image/png');
    expect(await stat(join(rig.dataDir, 'staged-images', `${image.id}.png`))).toBeTruthy();
  });

  it('accepts the limits themselves: 300 px sides and exactly 2.5:1', async () => {
    const rig = await readyRig();
    const edge = join(rig.root, 'pictures', 'edge.png');
    await writeFile(edge, pngBytes(750, 300));
    expect(await rig.service().stage(edge)).toMatchObject({ width: 750, height: 300 });
    await writeFile(edge, pngBytes(300, 751));
    expect((await codeOf(rig.service().stage(edge))).code).toBe('image_bad_ratio');
    await writeFile(edge, pngBytes(299, 400));
    expect((await codeOf(rig.service().stage(edge))).code).toBe('image_too_small');
  });

  it('discards a staged image and its copy', async () => {
    const rig = await readyRig();
    const service = rig.service();
    const image = await service.stage(rig.cases.png640x360);
    expect(await service.discard(image.id)).toBe(true);
    expect(await service.resolvePreview(image.id)).toBeNull();
    expect(await readdir(join(rig.dataDir, 'staged-images'))).toEqual([]);
    expect(await service.discard(image.id)).toBe(false);
    expect((await codeOf(service.upload(image.id))).code).toBe('image_not_found');
  });

  it('clears staged copies older than a week when the next image is staged', async () => {
    const rig = await readyRig();
    const old = await rig.service().stage(rig.cases.png640x360);
    const recent = await rig.service().stage(rig.cases.jpeg512);
    const staged = join(rig.dataDir, 'staged-images');
    const stranger = join(staged, 'notes.txt');
    await writeFile(stranger, 'not ours');
    const eightDaysAgo = new Date(rig.clock.now - 8 * 24 * 60 * 60 * 1000);
    await utimes(join(staged, `${old.id}.png`), eightDaysAgo, eightDaysAgo);
    await utimes(stranger, eightDaysAgo, eightDaysAgo);
    const fresh = await rig.service().stage(rig.cases.png640x360);
    expect((await readdir(staged)).sort()).toEqual(
      [`${recent.id}.jpg`, `${fresh.id}.png`, 'notes.txt'].sort(),
    );
  });

  it('finds a staged image again after a restart', async () => {
    const rig = await readyRig();
    const image = await rig.service().stage(rig.cases.png640x360);
    const restarted = rig.service();
    expect(await restarted.resolvePreview(image.id)).toBe(
      join(rig.dataDir, 'staged-images', `${image.id}.png`),
    );
    expect(await restarted.upload(image.id)).toMatchObject({
      id: image.id,
      width: 640,
      height: 360,
    });
  });

  it.each(['../etc/passwd', 'img_../../x', 'img_0123456789abcdeg', ''])(
    'resolves no preview for the id %j',
    async (id) => {
      const rig = await readyRig();
      expect(await rig.service().resolvePreview(id)).toBeNull();
    },
  );
});

describe('an image that is already online', () => {
  it('takes an https URL as it is, with nothing to upload', async () => {
    const rig = await makeRig();
    const service = rig.service();
    const image = await service.fromUrl('  https://cdn.example.com/frames/first%20frame.png?v=2 ');
    expect(image).toMatchObject({
      url: 'https://cdn.example.com/frames/first%20frame.png?v=2',
      name: 'first frame.png',
      source: 'url',
      // Nothing is fetched from a typed URL, so its size and type stay unknown.
      mime: null,
      width: null,
      // A remote address cannot be a thumbnail under the renderer's CSP.
      previewUrl: '',
    });
    // No consent, no token: the image is not uploaded, so neither is needed.
    rig.platformToken = null;
    expect(await service.upload(image.id)).toEqual(image);
    expect(rig.api.requests).toEqual([]);
  });

  it.each([
    ['plain http', 'http://cdn.example.com/a.png', 'image_url_not_https'],
    ['a file URL', 'file:///etc/passwd', 'image_url_not_https'],
    ['a data URL', 'data:image/png;base64,iVBORw0KGgo=', 'image_url_not_https'],
    ['a javascript URL', 'javascript:alert(1)', 'image_url_not_https'],
    ['an ftp URL', 'ftp://example.com/a.png', 'image_url_not_https'],
    ['credentials in the URL', 'https://user:secret@example.com/a.png', 'image_url_invalid'],
    ['words, not a URL', 'my picture', 'image_url_invalid'],
    ['an empty string', '', 'image_url_invalid'],
    [
      'a URL that escaping makes longer than 4096',
      `https://example.com/${' x'.repeat(1400)}.png`,
      'image_url_too_long',
    ],
    [
      'a URL over 4096 characters',
      `https://example.com/${'a'.repeat(4100)}.png`,
      'image_url_too_long',
    ],
  ])('refuses %s', async (_name, url, code) => {
    const rig = await makeRig();
    const refused = await codeOf(rig.service().fromUrl(url));
    expect(refused.code).toBe(code);
    expect(refused.message.length).toBeGreaterThan(20);
    expect(rig.api.requests).toEqual([]);
  });
});
