import { createHash } from 'node:crypto';
import { copyFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pngBytes } from '../../../fixtures/images/test-images';
import { disposeRigs, makeRig, type ImageRig } from './image-harness';

afterEach(disposeRigs);

async function uploadedRig(): Promise<{ rig: ImageRig; id: string; url: string }> {
  const rig = await makeRig();
  const service = rig.service();
  await service.consent(true);
  const image = await service.stage(rig.cases.png640x360);
  const { url } = await service.upload(image.id);
  if (url === null) throw new Error('expected an uploaded URL');
  return { rig, id: image.id, url };
}

describe('the thumbnail of an uploaded picture', () => {
  it('is the staged copy an upload came from, found again by a later run', async () => {
    const { rig, id, url } = await uploadedRig();
    expect(await rig.service().previewOfUpload(url)).toBe(`kling-media://image/${id}`);
  });

  it('is none once the staged copy is gone and the original file was changed', async () => {
    const { rig, id, url } = await uploadedRig();
    await rm(join(rig.dataDir, 'staged-images', `${id}.png`));
    await writeFile(rig.cases.png640x360, pngBytes(640, 400));
    expect(await rig.service().previewOfUpload(url)).toBeNull();
    expect(await readdir(join(rig.dataDir, 'staged-images'))).toEqual([]);
  });

  it('is none once the staged copy is gone and the original file too', async () => {
    const { rig, id, url } = await uploadedRig();
    await rm(join(rig.dataDir, 'staged-images', `${id}.png`));
    await rm(rig.cases.png640x360);
    expect(await rig.service().previewOfUpload(url)).toBeNull();
  });

  it('comes from the original file once the staged copy was pruned, copied once and recorded', async () => {
    const { rig, id, url } = await uploadedRig();
    const folder = join(rig.dataDir, 'staged-images');
    await rm(join(folder, `${id}.png`));
    const preview = await rig.service().previewOfUpload(url);
    const [copy] = await readdir(folder);
    expect(copy).toMatch(/^img_[0-9a-f]{16}\.png$/);
    expect(preview).toBe(`kling-media://image/${copy!.replace(/\.png$/, '')}`);
    expect(await readFile(join(folder, copy!))).toEqual(await readFile(rig.cases.png640x360));

    // A later run finds the new copy through the record and copies nothing again.
    expect(await rig.service().previewOfUpload(url)).toBe(preview);
    expect(await readdir(folder)).toEqual([copy]);
  });

  it('copies the original once when the same picture is asked for twice at once', async () => {
    const { rig, id, url } = await uploadedRig();
    const folder = join(rig.dataDir, 'staged-images');
    await rm(join(folder, `${id}.png`));
    const service = rig.service();
    const [first, second] = await Promise.all([
      service.previewOfUpload(url),
      service.previewOfUpload(url),
    ]);
    expect(first).not.toBeNull();
    expect(second).toBe(first);
    expect(await readdir(folder)).toHaveLength(1);
  });

  it('is none for an address never uploaded from this computer', async () => {
    const { rig } = await uploadedRig();
    expect(await rig.service().previewOfUpload('https://cdn.example.com/other.png')).toBeNull();
  });

  it('never names a file outside the staged folder, whatever the list says', async () => {
    const { rig, url } = await uploadedRig();
    // A copy of the right shape beside the folder, and a list edited to point at it.
    await writeFile(join(rig.dataDir, 'img_0123456789abcdef.png'), 'x');
    await writeFile(
      join(rig.dataDir, 'upload-previews.json'),
      JSON.stringify({ uploads: { [url]: '../img_0123456789abcdef' } }),
    );
    expect(await rig.service().previewOfUpload(url)).toBeNull();
  });
});

describe('putting back the local file an image URL came from', () => {
  const restoredBytes = async (rig: ImageRig, id: string) =>
    readFile(join(rig.dataDir, 'staged-images', `${id}.png`));

  it('stages the kept copy again, under a new id with the name the person chose', async () => {
    const { rig, id, url } = await uploadedRig();
    const restored = await rig.service().restore(url);
    expect(restored).toMatchObject({ source: 'file', name: 'frame.png', url: null, width: 640 });
    expect(restored?.id).not.toBe(id);
    expect(await restoredBytes(rig, restored!.id)).toEqual(await readFile(rig.cases.png640x360));
  });

  it('uses the original file once the kept copy was pruned, while it holds the same bytes', async () => {
    const { rig, id, url } = await uploadedRig();
    await rm(join(rig.dataDir, 'staged-images', `${id}.png`));
    const restored = await rig.service().restore(url);
    expect(restored).toMatchObject({ name: 'frame.png', previewUrl: expect.any(String) });
    expect(await restoredBytes(rig, restored!.id)).toEqual(await readFile(rig.cases.png640x360));
  });

  it('gives nothing once the original was changed and the copy is gone', async () => {
    const { rig, id, url } = await uploadedRig();
    await rm(join(rig.dataDir, 'staged-images', `${id}.png`));
    await writeFile(rig.cases.png640x360, pngBytes(640, 400));
    expect(await rig.service().restore(url)).toBeNull();
  });

  it('records the original again when a restored image is uploaded, so a later run still finds it', async () => {
    const { rig, id, url } = await uploadedRig();
    const service = rig.service();
    const restored = await service.restore(url);
    expect((await service.upload(restored!.id)).url).toBe(url);
    // Both copies gone: only the original path carried through the second upload is left.
    await rm(join(rig.dataDir, 'staged-images', `${id}.png`));
    await rm(join(rig.dataDir, 'staged-images', `${restored!.id}.png`));
    expect(await rig.service().restore(url)).toMatchObject({ name: 'frame.png' });
    expect(rig.uploads()).toHaveLength(1);
  });

  it('follows the latest copy of the same bytes, even when the upload list answered without sending', async () => {
    const { rig, id, url } = await uploadedRig();
    const copy = join(rig.root, 'copy of frame.png');
    await copyFile(rig.cases.png640x360, copy);
    const service = rig.service();
    const again = await service.stage(copy);
    expect((await service.upload(again.id)).url).toBe(url);
    expect(rig.uploads()).toHaveLength(1);
    await rm(join(rig.dataDir, 'staged-images', `${id}.png`));
    await rm(join(rig.dataDir, 'staged-images', `${again.id}.png`));
    await rm(rig.cases.png640x360);
    expect(await rig.service().restore(url)).toMatchObject({ name: 'copy of frame.png' });
  });

  it('gives nothing for an address never uploaded from here, or one given as a URL', async () => {
    const { rig } = await uploadedRig();
    const service = rig.service();
    const linked = await service.fromUrl('https://cdn.example.com/linked.png');
    expect(await service.restore(linked.url!)).toBeNull();
    expect(await service.restore('https://cdn.example.com/other.png')).toBeNull();
  });

  it('still reads a list of the first shape (URL → staged id) and uses its kept copy', async () => {
    const { rig, id, url } = await uploadedRig();
    await writeFile(
      join(rig.dataDir, 'upload-previews.json'),
      JSON.stringify({ uploads: { [url]: id } }),
    );
    expect(await rig.service().previewOfUpload(url)).toBe(`kling-media://image/${id}`);
    expect(await rig.service().restore(url)).toMatchObject({ name: `${id}.png` });
  });

  it('reads nothing a damaged record points at: a file with other bytes, a relative path, a strange id', async () => {
    const { rig, url } = await uploadedRig();
    const other = join(rig.root, 'other.png');
    await writeFile(other, pngBytes(500, 500));
    const good = createHash('sha256')
      .update(await readFile(rig.cases.png640x360))
      .digest('hex');
    const list = {
      sources: {
        [url]: { kind: 'image', path: other, sha256: good },
        'https://cdn.example.com/relative.png': { kind: 'image', path: 'other.png', sha256: good },
        'https://cdn.example.com/escape.png': { kind: 'image', staged: '../img_0123456789abcdef' },
        'https://cdn.example.com/text.png': {
          kind: 'image',
          path: join(rig.root, 'notes.png'),
          sha256: createHash('sha256').update('not a picture').digest('hex'),
        },
      },
    };
    await writeFile(join(rig.root, 'notes.png'), 'not a picture');
    await writeFile(join(rig.dataDir, 'upload-previews.json'), JSON.stringify(list));
    const service = rig.service();
    for (const address of Object.keys(list.sources))
      expect(await service.restore(address)).toBeNull();
  });

  it('writes the first shape beside the new one, so an older version still finds its thumbnails', async () => {
    const { rig, id, url } = await uploadedRig();
    const record = JSON.parse(
      await readFile(join(rig.dataDir, 'upload-previews.json'), 'utf8'),
    ) as { uploads: Record<string, string>; sources: Record<string, { path?: string }> };
    expect(record.uploads).toEqual({ [url]: id });
    expect(record.sources[url]).toMatchObject({ kind: 'image', staged: id, name: 'frame.png' });
    expect(record.sources[url]?.path).toBe(rig.cases.png640x360);
  });

  it('keeps the readable entries of a record when one of them is damaged', async () => {
    const { rig, url } = await uploadedRig();
    const path = join(rig.dataDir, 'upload-previews.json');
    const record = JSON.parse(await readFile(path, 'utf8')) as { sources: Record<string, unknown> };
    record.sources['https://cdn.example.com/broken.png'] = { kind: 'sculpture', size: -1 };
    await writeFile(path, JSON.stringify(record));
    expect(await rig.service().restore(url)).toMatchObject({ name: 'frame.png' });
  });
});
