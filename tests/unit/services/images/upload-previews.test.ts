import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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

  it('is none once the staged copy is gone', async () => {
    const { rig, id, url } = await uploadedRig();
    await rm(join(rig.dataDir, 'staged-images', `${id}.png`));
    expect(await rig.service().previewOfUpload(url)).toBeNull();
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
