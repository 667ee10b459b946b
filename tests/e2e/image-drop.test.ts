/// <reference lib="dom" />
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KlingApi } from '../../shared/bridge';
import type { IpcResult } from '../../shared/contract';
import type { StagedImage } from '../../shared/domain';
import type { FakeAceData } from '../fixtures/fake-acedata/server';
import { writeImageCases, type ImageCases } from '../fixtures/images/test-images';
import type { LaunchedApp } from './harness';
import { openStudio, type Studio } from './studio';

const PLATFORM_TOKEN = 'platform-e2e-5d41402abc4b2a76-PLAT';

type DroppedFile = { name: string; size: number; type: string; head: number[] };
type Probe = {
  __dropped?: Promise<IpcResult<StagedImage>>;
  __droppedFile?: Promise<DroppedFile>;
  kling: KlingApi;
};

/**
 * The harness's drop emulation end to end: real drag events carrying a File, the bridge's
 * pathForFile, main's checks, the staged thumbnail through /media/image/<id>, and an upload to
 * the fake AceData. The page gets a bare drop target here; the renderer's own drop zone has
 * its tests elsewhere.
 */
describe('dropping an image, in Chromium', () => {
  let studio: Studio;
  let api: FakeAceData;
  let app: LaunchedApp;
  let cases: ImageCases;

  beforeAll(async () => {
    studio = await openStudio({ platformToken: PLATFORM_TOKEN });
    ({ api, app } = studio);
    cases = await writeImageCases(join(studio.dir, 'pictures'));
    await app.page.evaluate(() => {
      const zone = document.createElement('div');
      zone.id = 'test-drop-zone';
      zone.style.cssText = 'position:fixed;inset:0;z-index:99999';
      zone.addEventListener('dragover', (event) => event.preventDefault());
      zone.addEventListener('drop', (event) => {
        event.preventDefault();
        const file = event.dataTransfer?.files[0];
        if (!file) return;
        const probe = window as unknown as Probe;
        probe.__droppedFile = file
          .slice(0, 8)
          .arrayBuffer()
          .then((head) => ({
            name: file.name,
            size: file.size,
            type: file.type,
            head: [...new Uint8Array(head)],
          }));
        probe.__dropped = probe.kling.images.addDropped(file);
      });
      document.body.append(zone);
    });
  });

  afterAll(() => studio?.close());

  async function drop(path: string, mime: string): Promise<IpcResult<StagedImage>> {
    await app.page.evaluate(() => delete (window as unknown as Probe).__dropped);
    await app.dropFile('#test-drop-zone', path, mime);
    return app.page.evaluate(
      () => (window as unknown as Probe).__dropped ?? Promise.reject(new Error('no drop seen')),
    );
  }

  it('stages a dropped PNG, shows its thumbnail, and uploads it once consent is given', async () => {
    await app.allowDrop(cases.png640x360);
    const staged = await drop(cases.png640x360, 'image/png');
    if (!staged.ok) throw new Error(staged.error.message);
    // The page saw a File as a desktop drag brings it: name, type and the file's own bytes.
    const seen = await app.page.evaluate(() => (window as unknown as Probe).__droppedFile);
    expect(seen).toEqual({
      name: 'frame.png',
      size: (await stat(cases.png640x360)).size,
      type: 'image/png',
      head: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    });
    expect(staged.value).toMatchObject({
      name: 'frame.png',
      width: 640,
      height: 360,
      mime: 'image/png',
      url: null,
    });
    expect(staged.value.previewUrl).toBe(`/media/image/${staged.value.id}`);

    const natural = await app.page.evaluate(
      (src) =>
        new Promise<number>((done, fail) => {
          const img = new Image();
          img.onload = () => done(img.naturalWidth * 10_000 + img.naturalHeight);
          img.onerror = () => fail(new Error('thumbnail did not load'));
          img.src = src;
        }),
      staged.value.previewUrl,
    );
    expect(natural).toBe(640 * 10_000 + 360);

    const refused = await app.page.evaluate(
      (imageId) => (window as unknown as Probe).kling.images.upload({ imageId }),
      staged.value.id,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'consent_required' } });
    expect(api.requests.filter((r) => r.path.startsWith('/api/v1/files'))).toEqual([]);

    await app.page.evaluate(() =>
      (window as unknown as Probe).kling.images.consent({ accepted: true }),
    );
    const uploaded = await app.page.evaluate(
      (imageId) => (window as unknown as Probe).kling.images.upload({ imageId }),
      staged.value.id,
    );
    if (!uploaded.ok) throw new Error(uploaded.error.message);
    expect(uploaded.value.url).toMatch(new RegExp(`^${api.url}/uploads/[0-9a-f]{16}\\.png$`));
    const uploads = api.requests.filter((r) => r.path.startsWith('/api/v1/files'));
    expect(uploads).toHaveLength(1);
    expect(uploads[0]?.headers['authorization']).toBe(`Bearer ${PLATFORM_TOKEN}`);
    // The platform token never crossed the bridge.
    expect(JSON.stringify(app.ipcAnswers)).not.toContain(PLATFORM_TOKEN.slice(0, 20));
  });

  it('refuses a renamed program, a 50 MB file and a symlink to a system file before any upload', async () => {
    const before = api.requests.length;
    await app.allowDrop(cases.huge50mb);
    expect(await drop(cases.huge50mb, 'image/png')).toMatchObject({
      ok: false,
      error: { code: 'image_too_large' },
    });
    await app.allowDrop(cases.elfAsPng);
    expect(await drop(cases.elfAsPng, 'image/png')).toMatchObject({
      ok: false,
      error: { code: 'image_not_png_or_jpeg' },
    });
    await app.allowDrop(cases.linkToPasswd);
    expect(await drop(cases.linkToPasswd, 'image/png')).toMatchObject({
      ok: false,
      error: { code: 'image_not_file' },
    });
    expect(api.requests.length).toBe(before);
  });

  it('gives a file that was never registered no path, so main never sees it', async () => {
    const answers = app.ipcAnswers.length;
    expect(await drop(cases.jpeg512, 'image/jpeg')).toMatchObject({
      ok: false,
      error: { code: 'not_a_file' },
    });
    expect(app.ipcAnswers.length).toBe(answers);
  });

  it('stages what the system dialog picks, and nothing when it is cancelled', async () => {
    app.setPickedFile(cases.jpeg512);
    const picked = await app.page.evaluate(() => (window as unknown as Probe).kling.images.pick());
    expect(picked).toMatchObject({ ok: true, value: { name: 'square.jpg', mime: 'image/jpeg' } });
    app.setPickedFile(null);
    expect(await app.page.evaluate(() => (window as unknown as Probe).kling.images.pick())).toEqual(
      { ok: true, value: null },
    );
  });
});
