/// <reference lib="dom" />
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ALL_FORMATS, EncodedPacketSink, FilePathSource, Input } from 'mediabunny';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KlingApi } from '../../shared/bridge';
import type { FakeAceData } from '../fixtures/fake-acedata/server';
import type { LaunchedApp } from './harness';
import { openStudio, type Studio } from './studio';

const TOKEN = 'sk-test-finishing-8d21c0f4a9e7-FNSH';
const PLATFORM_TOKEN = 'platform-e2e-finishing-5c1d-PLAT';
/**
 * 640 × 360, 24 fps, 4 s, every frame different (ffmpeg's testsrc2 pattern, tagged BT.709 so
 * every decoder turns it into the same colours).
 */
const FRAMES_MP4 = new URL('../fixtures/media/frames-640x360.mp4', import.meta.url).pathname;
const FRAME = 1 / 24;

type Page = { kling: KlingApi };

/** The video's packets and decoder set-up, read in Node to decode again in the page. */
async function encodedFrames(path: string) {
  const input = new Input({ source: new FilePathSource(path), formats: ALL_FORMATS });
  try {
    const track = (await input.getPrimaryVideoTrack())!;
    const config = (await track.getDecoderConfig())!;
    const packets: { data: string; timestamp: number; key: boolean }[] = [];
    for await (const packet of new EncodedPacketSink(track).packets())
      packets.push({
        data: Buffer.from(packet.data).toString('base64'),
        timestamp: packet.timestamp,
        key: packet.type === 'key',
      });
    const description = config.description
      ? Buffer.from(config.description as Uint8Array).toString('base64')
      : null;
    return { codec: config.codec, description, packets };
  } finally {
    input.dispose();
  }
}

/**
 * Runs in the page: decodes every frame with WebCodecs (not the <video> element the app grabs
 * from) and compares the PNG with the frames at `times`, as the mean absolute difference of
 * the RGB channels (0–255) per frame.
 */
async function compareInPage([encoded, png, times]: readonly [
  Awaited<ReturnType<typeof encodedFrames>>,
  string,
  readonly number[],
]): Promise<{ width: number; height: number; differences: number[] }> {
  const bytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes(png)], { type: 'image/png' }));
  const pixels = (source: CanvasImageSource, width: number, height: number) => {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d')!;
    context.drawImage(source, 0, 0, width, height);
    return context.getImageData(0, 0, width, height).data;
  };
  const still = pixels(bitmap, bitmap.width, bitmap.height);
  const wanted = new Map<number, Uint8ClampedArray>();
  const decoder = new VideoDecoder({
    output: (frame) => {
      const at = times.find((t) => Math.abs(frame.timestamp / 1e6 - t) < 1e-3);
      if (at !== undefined) wanted.set(at, pixels(frame, bitmap.width, bitmap.height));
      frame.close();
    },
    error: (error) => {
      throw error;
    },
  });
  decoder.configure({
    codec: encoded.codec,
    ...(encoded.description ? { description: bytes(encoded.description) } : {}),
  });
  for (const packet of encoded.packets)
    decoder.decode(
      new EncodedVideoChunk({
        type: packet.key ? 'key' : 'delta',
        timestamp: Math.round(packet.timestamp * 1e6),
        data: bytes(packet.data),
      }),
    );
  await decoder.flush();
  const differences = times.map((t) => {
    const frame = wanted.get(t);
    if (!frame) return Number.NaN;
    let sum = 0;
    for (let i = 0; i < still.length; i += 4)
      for (let c = 0; c < 3; c++) sum += Math.abs(still[i + c]! - frame[i + c]!);
    return sum / ((still.length / 4) * 3);
  });
  return { width: bitmap.width, height: bitmap.height, differences };
}

describe('finishing clips, in Chromium', () => {
  let studio: Studio;
  let api: FakeAceData;
  let app: LaunchedApp;

  beforeAll(async () => {
    studio = await openStudio({
      api: { taskDurationMs: 300, validToken: TOKEN, videoFile: FRAMES_MP4 },
      token: TOKEN,
      platformToken: PLATFORM_TOKEN,
    });
    ({ api, app } = studio);
    // Agreed once before, as after the first upload; the consent dialog has its own tests.
    await app.page.evaluate(() =>
      (window as unknown as Page).kling.images.consent({ accepted: true }),
    );
  });

  afterAll(() => studio?.close());

  const library = () => app.page.getByRole('region', { name: 'Library' });
  const composer = () => app.page.getByRole('form', { name: 'Composer' });

  /** Sends a text→video job from the page and waits until its clip is in the library. */
  async function make(prompt: string): Promise<string> {
    const job = await app.page.evaluate(
      (text) =>
        (window as unknown as Page).kling.jobs.submit({
          action: 'text2video',
          model: 'kling-v1-6',
          prompt: text,
        }),
      prompt,
    );
    if (!job.ok) throw new Error(job.error.message);
    return expect
      .poll(() => app.services.jobs.list().find((j) => j.id === job.value.id)?.clipId ?? null, {
        timeout: 20_000,
      })
      .not.toBeNull()
      .then(() => app.services.jobs.list().find((j) => j.id === job.value.id)!.clipId!);
  }

  it('continues from the frame at 2.0 s: a full-size PNG of that frame, and the time in the lineage', async () => {
    const { page } = app;
    const clipId = await make('A pattern of bars that counts');
    await library()
      .getByRole('button', { name: 'Play clip: A pattern of bars that counts' })
      .click();
    const player = library().getByLabel('Clip player');
    await player.evaluate(
      (video: HTMLVideoElement) =>
        new Promise<void>((done) => {
          video.addEventListener('seeked', () => done(), { once: true });
          video.currentTime = 2;
        }),
    );
    // A frame on and a frame back with the keys lands on the same frame.
    await player.focus();
    await player.press('.');
    await library().getByText('2.04 s · frame 50').waitFor();
    await player.press(',');
    await library().getByText('2.00 s · frame 49').waitFor();

    await library().getByRole('button', { name: 'Continue from this frame' }).click();
    await library()
      .getByText('The frame at 2.00 s is the start frame in the composer.')
      .waitFor({ timeout: 10_000 });
    expect(await composer().getByRole('radio', { name: 'Image to video' }).isChecked()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('prompt');

    // The still is in the project, at the video's own size, and is that frame.
    const clip = app.services.library.findClip(clipId)!;
    const dir = app.services.library.projectDir(clip.projectId);
    const stillName = `${clip.jobId}.frame-2000ms.png`;
    expect(await readdir(dir)).toContain(stillName);
    const png = (await readFile(join(dir, stillName))).toString('base64');
    const compared = await page.evaluate(compareInPage, [
      await encodedFrames(FRAMES_MP4),
      png,
      [2, 2 + FRAME, 2 - FRAME],
    ] as const);
    expect({ width: compared.width, height: compared.height }).toEqual({ width: 640, height: 360 });
    const [same, next, previous] = compared.differences as [number, number, number];
    // Two decoders may round a colour differently by a step; a neighbouring frame differs by
    // far more (about 6 here), so a frame off by one fails.
    expect(same).toBeLessThan(1);
    expect(next).toBeGreaterThan(same + 3);
    expect(previous).toBeGreaterThan(same + 3);

    // The start frame was uploaded; the new clip records the parent and the time.
    const upload = api.requests.find((r) => r.path.startsWith('/api/v1/files'));
    expect(upload).toBeDefined();
    await composer().getByLabel('Prompt', { exact: true }).fill('The bars keep counting');
    await composer().getByRole('button', { name: 'Generate' }).click();
    const submission = await expect
      .poll(() => api.requests.filter((r) => r.path === '/kling/videos').at(1)?.body ?? null)
      .not.toBeNull()
      .then(() => api.requests.filter((r) => r.path === '/kling/videos')[1]!.body);
    expect(submission).toMatchObject({
      action: 'image2video',
      start_image_url: expect.stringContaining('/uploads/'),
    });
    await library()
      .getByRole('button', { name: 'Play clip: The bars keep counting' })
      .click({ timeout: 20_000 });
    await library()
      .getByRole('button', {
        name: 'Continued from the frame at 2.00 s of: A pattern of bars that counts',
      })
      .waitFor({ timeout: 10_000 });
  });

  it('carries settings through a saved copy and back into the composer when it is dropped there', async () => {
    const { page } = app;
    const made = await page.evaluate(() =>
      (window as unknown as Page).kling.jobs.submit({
        action: 'text2video',
        model: 'kling-v2-master',
        prompt: 'A tram climbs a hill in the rain',
        negativePrompt: 'blur',
        mode: 'pro',
        duration: 10,
        aspectRatio: '9:16',
        cfgScale: 0.7,
      }),
    );
    if (!made.ok) throw new Error(made.error.message);
    await library()
      .getByRole('button', { name: 'Play clip: A tram climbs a hill in the rain' })
      .click({ timeout: 20_000 });
    await library().getByRole('button', { name: 'Save a copy…' }).click();
    const saved = await library()
      .getByText(/with its prompt and settings inside\.$/)
      .textContent({ timeout: 10_000 });
    const path = /^Saved a copy to (.+), with its prompt/.exec(saved ?? '')?.[1];
    expect(path).toBeDefined();

    // The composer holds something else; the dropped copy's settings replace it.
    await composer().getByLabel('Prompt', { exact: true }).fill('Something else entirely');
    await app.allowDrop(path!);
    await app.dropFile(composer(), path!, 'video/mp4');
    const offer = page.getByRole('alertdialog', { name: "Use this video's settings?" });
    await offer.getByText('Made with Kling Studio: text to video with kling-v2-master.').waitFor();
    await offer.getByRole('button', { name: 'Fill the composer' }).click();

    expect(await composer().getByRole('radio', { name: 'Text to video' }).isChecked()).toBe(true);
    expect(await composer().getByLabel('Model', { exact: true }).inputValue()).toBe(
      'kling-v2-master',
    );
    expect(await composer().getByLabel('Prompt', { exact: true }).inputValue()).toBe(
      'A tram climbs a hill in the rain',
    );
    expect(await composer().getByLabel('Negative prompt', { exact: true }).inputValue()).toBe(
      'blur',
    );
    expect(await composer().getByLabel('Aspect ratio', { exact: true }).inputValue()).toBe('9:16');
    await composer().getByText("The composer holds the video's settings.").waitFor();

    // Generate sends what the first clip was made with.
    const before = api.requests.filter((r) => r.path === '/kling/videos').length;
    await composer().getByRole('button', { name: 'Generate' }).click();
    await expect
      .poll(() => api.requests.filter((r) => r.path === '/kling/videos').length)
      .toBe(before + 1);
    await expect
      .poll(() => app.services.jobs.list().filter((j) => j.state === 'ready').length, {
        timeout: 20_000,
      })
      .toBe(before + 1);
    const sent = api.requests.filter((r) => r.path === '/kling/videos').at(-1)?.body;
    const first = api.requests.filter((r) => r.path === '/kling/videos').at(before - 1)?.body;
    expect(sent).toEqual(first);
  });

  it('compares two takes on one clock, lists what differs, picks a favourite, and joins them', async () => {
    const { page } = app;
    const bars = 'A pattern of bars that counts';
    const tram = 'A tram climbs a hill in the rain';
    await library()
      .getByRole('checkbox', { name: `Select for compare or join: ${bars}` })
      .check();
    // The composer test made this take twice: either serves.
    await library()
      .getByRole('checkbox', { name: `Select for compare or join: ${tram}` })
      .first()
      .check();
    await library()
      .getByRole('group', { name: 'Selected clips' })
      .getByText('2 clips selected')
      .waitFor();
    await library().getByRole('button', { name: 'Compare' }).click();
    const dialog = page.getByRole('dialog', { name: 'Compare 2 takes' });
    const takes = dialog.locator('video');
    // Both takes have their first frame before anything is sought.
    await expect
      .poll(() =>
        takes.evaluateAll((videos: HTMLVideoElement[]) => videos.every((v) => v.readyState >= 2)),
      )
      .toBe(true);
    const times = () =>
      takes.evaluateAll((videos: HTMLVideoElement[]) => videos.map((v) => v.currentTime));
    const inStep = async () => {
      const [a, b] = (await times()) as [number, number];
      return Math.abs(a - b);
    };

    // Scrubbing the shared position moves both; so do a frame step and play/pause.
    await dialog.getByRole('slider', { name: 'Position' }).fill('2.5');
    await expect.poll(async () => (await times())[1]).toBeCloseTo(2.5, 2);
    expect(await inStep()).toBeLessThanOrEqual(FRAME);
    await dialog.getByRole('button', { name: 'Next frame' }).click();
    await expect.poll(async () => (await times())[1]).toBeGreaterThan(2.5);
    expect(await inStep()).toBeLessThanOrEqual(FRAME);
    await dialog.getByRole('button', { name: 'Play all' }).click();
    await expect.poll(async () => (await times())[0], { timeout: 5_000 }).toBeGreaterThan(2.8);
    await dialog.getByRole('button', { name: 'Pause all' }).click();
    await expect.poll(inStep).toBeLessThanOrEqual(FRAME);

    const differences = dialog.getByRole('region', { name: 'Settings that differ' });
    // Named as the clip detail names it, each model by the name people know, its id beside it.
    const model = differences
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Model', exact: true }) });
    expect(await model.getByRole('cell').allTextContents()).toEqual([
      'Kling 1.6 kling-v1-6',
      'Kling 2.0 Master kling-v2-master',
    ]);
    const mode = differences
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Mode', exact: true }) });
    expect(await mode.getByRole('cell').allTextContents()).toEqual(['Standard (default)', 'Pro']);
    await dialog.getByRole('button', { name: 'Favourite take 2' }).click();
    const trams = () =>
      app.services.library
        .listClips(app.services.library.listProjects()[0]!.id)
        .filter((clip) => clip.prompt === tram);
    await expect.poll(() => trams().filter((clip) => clip.favourite).length).toBe(1);
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Joined in the order set in the dialog: the tram first.
    await library().getByRole('button', { name: 'Join in order…' }).click();
    const join = page.getByRole('dialog', { name: 'Join 2 clips' });
    await join.getByRole('button', { name: 'Move clip 2 up' }).click();
    await join.getByRole('button', { name: 'Join', exact: true }).click();
    await join.getByText(/^Joined into a new clip/).waitFor({ timeout: 15_000 });
    await join.getByRole('button', { name: 'Open the joined clip' }).click();
    const parts = library().getByRole('list', { name: 'Joined from' });
    await parts.waitFor({ timeout: 10_000 });
    expect(await parts.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining(tram),
      expect.stringContaining(bars),
    ]);
  });
});
