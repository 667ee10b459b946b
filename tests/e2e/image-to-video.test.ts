/// <reference lib="dom" />
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeAceData } from '../fixtures/fake-acedata/server';
import { writeImageCases, type ImageCases } from '../fixtures/images/test-images';
import type { LaunchedApp } from './harness';
import { chooseModel, openStudio, type Studio } from './studio';

const TOKEN = 'sk-test-i2v-3b9f0c21d7e4-I2VX';
const PLATFORM_TOKEN = 'platform-e2e-i2v-77aa01bc-PLAT';

/**
 * Image to video in Chromium: a real drop of a file on the Start frame zone, main's checks,
 * the consent, the upload to the fake AceData, a generated clip that plays; and every broken
 * file refused in the zone before anything leaves the machine.
 */
describe('image to video from a dropped file, in Chromium', () => {
  let studio: Studio;
  let api: FakeAceData;
  let app: LaunchedApp;
  let cases: ImageCases;

  beforeAll(async () => {
    studio = await openStudio({
      api: { taskDurationMs: 600, validToken: TOKEN },
      token: TOKEN,
      platformToken: PLATFORM_TOKEN,
    });
    ({ api, app } = studio);
    cases = await writeImageCases(join(studio.dir, 'pictures'));
  });

  afterAll(() => studio?.close());

  const composer = () => app.page.getByRole('form', { name: 'Composer' });
  const startZone = () => composer().getByRole('region', { name: 'Start frame' });
  const sentOut = () =>
    api.requests.filter((r) => r.path.startsWith('/api/v1/files') || r.path === '/kling/videos');

  async function drop(zone: Locator, path: string, mime: string): Promise<void> {
    await app.allowDrop(path);
    await app.dropFile(zone, path, mime);
  }

  it('refuses each broken file in the zone, naming the rule, with no upload and no job', async () => {
    await composer().getByRole('radio', { name: 'Image to video' }).check();
    const broken: [keyof ImageCases, string, RegExp][] = [
      [
        'small100',
        'image/png',
        /100 × 100 px; Kling needs the shortest side to be at least 300 px/,
      ],
      [
        'strip4000x100',
        'image/png',
        /aspect ratio of 40:1; Kling needs the aspect ratio to be between 1:2.5 and 2.5:1/,
      ],
      ['elfAsPng', 'image/png', /not a PNG or JPEG image/],
      ['huge50mb', 'image/png', /50\.0 MB; Kling takes images of at most 10 MB/],
      ['linkToPasswd', 'image/png', /points to \/etc\/passwd, a file in the system folder \/etc/],
    ];
    for (const [name, mime, rule] of broken) {
      await drop(startZone(), cases[name], mime);
      await expect
        .poll(() => startZone().getByRole('alert').textContent(), { timeout: 5_000 })
        .toMatch(rule);
      expect(await app.page.getByRole('alertdialog').count()).toBe(0);
    }
    expect(sentOut()).toEqual([]);
    expect(
      await composer().getByRole('button', { name: 'Generate' }).getAttribute('aria-disabled'),
    ).toBe('true');
  });

  it('drops a PNG, asks before publishing, uploads, and makes a clip that plays', async () => {
    await drop(startZone(), cases.png640x360, 'image/png');
    const dialog = app.page.getByRole('alertdialog', { name: 'Publish this image?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/AceData's\s+CDN/);
    expect(sentOut()).toEqual([]);
    await dialog.getByRole('button', { name: 'Upload' }).click();

    const thumb = startZone().getByRole('img', { name: 'Start frame: frame.png' });
    await thumb.waitFor();
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(640);
    const uploads = api.requests.filter((r) => r.path.startsWith('/api/v1/files'));
    expect(uploads).toHaveLength(1);
    expect(uploads[0]?.headers['authorization']).toBe(`Bearer ${PLATFORM_TOKEN}`);

    await chooseModel(app.page, 'kling-v1');
    await composer()
      .getByLabel('Prompt', { exact: true })
      .fill('The paper boat sails out of frame');
    await composer().getByRole('button', { name: 'Generate' }).click();
    const jobs = app.page.getByRole('region', { name: 'Jobs' });
    await expect
      .poll(() => jobs.locator('[data-state="ready"]').count(), { timeout: 20_000 })
      .toBe(1);

    const submissions = api.requests.filter((r) => r.path === '/kling/videos');
    expect(submissions).toHaveLength(1);
    expect(submissions[0]?.body).toMatchObject({
      action: 'image2video',
      model: 'kling-v1',
      prompt: 'The paper boat sails out of frame',
      start_image_url: expect.stringMatching(new RegExp(`^${api.url}/uploads/[0-9a-f]{16}\\.png$`)),
    });
    expect(JSON.stringify(app.ipcAnswers)).not.toContain(PLATFORM_TOKEN.slice(0, 20));

    const library = app.page.getByRole('region', { name: 'Library' });
    await library.getByRole('button', { name: /^Play clip: The paper boat sails/ }).click();
    const video = app.page.getByLabel('Clip player');
    await expect
      .poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(2);

    // The clip detail shows the start frame from the copy kept here, not the remote address.
    const detail = library.getByRole('complementary', { name: 'Selected clip' });
    const pictures = detail.getByRole('region', { name: 'Pictures used' });
    const frame = pictures.getByRole('img', { name: 'Start frame' });
    await expect
      .poll(() => frame.evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 10_000 })
      .toBe(640);
    expect(await frame.getAttribute('src')).toMatch(/^\/media\/image\/img_[0-9a-f]{16}$/);
  });

  it('"Use these settings" puts the dropped file back as the start frame, even once its kept copy was pruned', async () => {
    const firstSrc = await startZone()
      .getByRole('img', { name: 'Start frame: frame.png' })
      .getAttribute('src');
    // As after a week: every staged copy gone, only the file the person dropped is left.
    const staged = join(studio.dataDir, 'staged-images');
    for (const name of await readdir(staged)) await rm(join(staged, name));

    const detail = app.page.getByRole('complementary', { name: 'Selected clip' });
    await detail.getByRole('button', { name: 'Use these settings' }).click();
    await expect
      .poll(() => detail.locator('.remix [role="status"]').textContent(), { timeout: 15_000 })
      .toContain('From this computer: start frame.');

    const thumb = startZone().getByRole('img', { name: 'Start frame: frame.png' });
    await expect
      .poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 10_000 })
      .toBe(640);
    const src = await thumb.getAttribute('src');
    expect(src).toMatch(/^\/media\/image\/img_[0-9a-f]{16}$/);
    expect(src).not.toBe(firstSrc);
    // The same bytes: the upload list answers with the earlier URL, nothing is sent again.
    expect(api.requests.filter((r) => r.path.startsWith('/api/v1/files'))).toHaveLength(1);
  });
});
