import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBatchFile } from '../../../../electron/main/services/making/batch-file';
import { switchLanguage } from '../../../../shared/i18n';
import { LocalImageService } from '../../../../electron/main/services/images/image-service';
import {
  PREFERENCES_FILE,
  PreferencesStore,
} from '../../../../electron/main/services/preferences/preferences-store';
import { pngBytes } from '../../../fixtures/images/test-images';

describe('reading a batch CSV', () => {
  let root: string;
  let images: LocalImageService;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'kling-batch-'));
    images = new LocalImageService({
      dataDir: join(root, 'data'),
      uploadUrl: 'http://127.0.0.1:9/never',
      readPlatformToken: async () => null,
      previewUrlFor: (id) => `kling-media://image/${id}`,
      consent: new PreferencesStore(join(root, 'data', PREFERENCES_FILE)).consent,
    });
  });

  afterEach(() => rm(root, { recursive: true, force: true }));

  async function csv(text: string): Promise<string> {
    const path = join(root, 'batch.csv');
    await writeFile(path, text);
    return path;
  }

  it('checks every row with the one validator and names each refused row and rule', async () => {
    await writeFile(join(root, 'boat.png'), pngBytes(640, 360));
    const path = await csv(
      [
        'Prompt,Model,Mode,Duration,Aspect ratio,Start image path',
        'A paper boat,kling-v2-6,pro,10,16:9,',
        '"A kite, then rain",kling-v1,,5,9:16,',
        'A turtle,kling-v1,std,7,16:9,',
        'The boat sails,kling-v2-6,std,5,,boat.png',
        'Night market,,,,,',
      ].join('\n'),
    );
    const { fileName, rows } = await readBatchFile(path, { model: 'kling-v3' }, images);

    expect(fileName).toBe('batch.csv');
    expect(rows.map((row) => [row.row, row.request !== null])).toEqual([
      [2, true],
      [3, true],
      [4, false],
      [5, true],
      [6, true],
    ]);
    expect(rows[0]?.request).toEqual({
      action: 'text2video',
      model: 'kling-v2-6',
      prompt: 'A paper boat',
      mode: 'pro',
      duration: 10,
      aspectRatio: '16:9',
    });
    expect(rows[1]?.prompt).toBe('A kite, then rain');
    expect(rows[2]?.issues).toEqual(['kling-v1 makes videos of 5 or 10 s: choose 5 or 10 s']);
    expect(rows[3]?.request).toMatchObject({ action: 'image2video', model: 'kling-v2-6' });
    expect(rows[3]?.startImage).toMatchObject({ source: 'file', width: 640, height: 360 });
    // An empty model cell takes the composer's.
    expect(rows[4]?.request).toMatchObject({ model: 'kling-v3', prompt: 'Night market' });
  });

  it('refuses a row whose start image fails the image checks, naming the file', async () => {
    await writeFile(join(root, 'tiny.png'), pngBytes(100, 100));
    const path = await csv('prompt,start image\nTiny start,tiny.png\nMissing,gone.png\n');
    const { rows } = await readBatchFile(path, { model: 'kling-v2-6' }, images);
    expect(rows[0]?.request).toBeNull();
    expect(rows[0]?.issues[0]).toMatch(/^start image tiny\.png: /);
    expect(rows[1]?.issues[0]).toMatch(/^start image gone\.png: /);
  });

  it('refuses a file without a known header, naming the unknown columns as a list', async () => {
    const path = await csv('prompt,colour,size\nA,b,c\n');
    await expect(readBatchFile(path, { model: 'kling-v1' }, images)).rejects.toMatchObject({
      code: 'batch_unreadable',
      message:
        'batch.csv needs a first row naming its columns: prompt, model, mode, duration, aspect ratio, and start image path (not known: "colour" and "size").',
    });
  });

  it('says which modes and aspect ratios a row may write, the modes with their names', async () => {
    const path = await csv('prompt,mode,aspect ratio\nA fox,ultra,4:3\n');
    const { rows } = await readBatchFile(path, { model: 'kling-v3' }, images);
    expect(rows[0]?.issues).toEqual([
      'mode "ultra" is not known: write std (Standard), pro, or 4k',
      'aspect ratio "4:3" is not known: write 16:9, 9:16, or 1:1',
    ]);
  });

  it('refuses unknown columns in Chinese with Chinese quotes and list', async () => {
    await switchLanguage('zh-CN');
    try {
      const path = await csv('prompt,colour,size\nA,b,c\n');
      await expect(readBatchFile(path, { model: 'kling-v1' }, images)).rejects.toMatchObject({
        message: expect.stringContaining('（无法识别：“colour”和“size”）'),
      });
    } finally {
      await switchLanguage('en');
    }
  });
});
