/// <reference lib="dom" />
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeAceData } from '../fixtures/fake-acedata/server';
import { writeImageCases, type ImageCases } from '../fixtures/images/test-images';
import type { LaunchedApp } from './harness';
import { openStudio, type Studio } from './studio';

const TOKEN = 'sk-test-tools-41d7c0e9b2a6-TOOL';
const PLATFORM_TOKEN = 'platform-e2e-tools-5c02ee91-PLAT';
const MOTION_VIDEO = 'https://cdn.example.com/moves/dance.mp4';
const PORTRAIT = 'https://cdn.example.com/people/portrait.jpg';
const MEDIA = resolve(import.meta.dirname, '../fixtures/media');

/**
 * The three Kling tools from the composer's own fields, in Chromium against the fake AceData
 * (which refuses a body that breaks its rules): motion control from a dropped image, lip-sync
 * of a library clip, a talking photo. Each ends as a clip that plays, with its request body
 * read back from the fake server's log.
 */
describe('motion control, lip-sync and talking photo, in Chromium', () => {
  let studio: Studio;
  let api: FakeAceData;
  let app: LaunchedApp;
  let cases: ImageCases;

  beforeAll(async () => {
    studio = await openStudio({
      api: { taskDurationMs: 400, validToken: TOKEN },
      token: TOKEN,
      platformToken: PLATFORM_TOKEN,
    });
    ({ api, app } = studio);
    cases = await writeImageCases(join(studio.dir, 'pictures'));
  });

  afterAll(() => studio?.close());

  const composer = () => app.page.getByRole('form', { name: 'Composer' });
  const field = (label: string) => composer().getByLabel(label, { exact: true });
  const bodiesTo = (path: string) => api.requests.filter((r) => r.path === path).map((r) => r.body);

  /** Generates once, waits for the clip, and plays it from the library. */
  async function generateAndPlay(clipName: RegExp): Promise<void> {
    const jobs = app.page.getByRole('region', { name: 'Jobs' });
    const ready = () => jobs.locator('[data-state="ready"]').count();
    const before = await ready();
    await composer().getByRole('button', { name: 'Generate' }).click();
    await expect.poll(ready, { timeout: 20_000 }).toBe(before + 1);
    const library = app.page.getByRole('region', { name: 'Library' });
    await library.getByRole('button', { name: clipName }).click();
    const video = app.page.getByLabel('Clip player');
    await expect
      .poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(2);
  }

  it('lip-syncs a library clip by its video id, and the new clip is its child', async () => {
    await field('Prompt').fill('A singer under a street lamp');
    await generateAndPlay(/^Play clip: A singer under a street lamp/);
    const [parentTask] = [...api.tasks.values()];

    await app.page.getByRole('button', { name: 'Lip-sync', exact: true }).click();
    await composer()
      .getByText(/^Lip-syncing: A singer under a street lamp/)
      .waitFor();
    // Keyboard users land where they write the words.
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
      'lip-sync-text',
    );
    await field('Text to speak').fill('Good evening, everyone');
    await generateAndPlay(/^Play clip: Good evening, everyone/);

    expect(bodiesTo('/kling/lip-sync')).toEqual([
      { video_id: parentTask?.videoId, text: 'Good evening, everyone', async: true },
    ]);
    const [project] = app.services.library.listProjects();
    const clips = app.services.library.listClips(project!.id);
    const parent = clips.find((clip) => clip.action === 'text2video');
    const child = clips.find((clip) => clip.action === 'lip-sync');
    expect(child?.parentClipId).toBe(parent?.id);
    await app.page
      .getByRole('button', { name: /^Lip-synced from: A singer under a street lamp/ })
      .waitFor({ timeout: 5_000 });
  });

  it('moves a dropped character image like the motion video, uploading it first', async () => {
    await composer().getByRole('radio', { name: 'Motion control' }).check();
    const zone = composer().getByRole('region', { name: 'Character image' });
    await app.allowDrop(cases.png640x360);
    await app.dropFile(zone, cases.png640x360, 'image/png');
    await app.page
      .getByRole('alertdialog', { name: 'Publish this image?' })
      .getByRole('button', { name: 'Upload' })
      .click();
    await zone.getByRole('button', { name: 'Remove character image' }).waitFor();
    await field('Motion video URL').fill(MOTION_VIDEO);
    await field('Character faces').selectOption('video');
    await field('Model').selectOption('kling-v3');
    await field('Mode').selectOption('pro');
    await field('Prompt (optional)').fill('A dancer on a rooftop');
    await generateAndPlay(/^Play clip: A dancer on a rooftop/);

    const uploads = api.requests.filter((r) => r.path.startsWith('/api/v1/files'));
    expect(uploads).toHaveLength(1);
    const [body] = bodiesTo('/kling/motion');
    expect(body).toEqual({
      image_url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/uploads\//),
      video_url: MOTION_VIDEO,
      character_orientation: 'video',
      mode: 'pro',
      model_name: 'kling-v3',
      keep_original_sound: 'yes',
      prompt: 'A dancer on a rooftop',
      async: true,
    });
    // The card names the tool, and the lineage names what it was made from.
    const library = app.page.getByRole('region', { name: 'Library' });
    expect(await library.getByText('Motion control', { exact: true }).count()).toBeGreaterThan(0);
    const sources = app.page.getByRole('list', { name: 'Made from' });
    expect(await sources.textContent()).toContain('Character image: ');
    expect(await sources.textContent()).toContain(MOTION_VIDEO);
  });

  it('lip-syncs a video file from this computer, checked and uploaded first', async () => {
    await composer().getByRole('radio', { name: 'Lip-sync' }).check();
    // The clip from the first lip-sync is still chosen: switch to a video of one's own.
    const useUrl = composer().getByRole('button', { name: 'Use a video URL instead of this clip' });
    if (await useUrl.count()) await useUrl.click();
    const file = join(MEDIA, 'reference-704x704-24fps.mp4');
    await app.allowDrop(file);
    await field('Or a video file from this computer (MP4 or MOV)').setInputFiles(file);
    await composer()
      .getByText(/^reference-704x704-24fps\.mp4: MP4, 3\.5 s/)
      .waitFor();
    await composer().getByRole('button', { name: 'Upload and use this video' }).click();
    // Local videos are asked about each time, even after the image's consent.
    await app.page
      .getByRole('alertdialog', { name: 'Publish this video?' })
      .getByRole('button', { name: 'Upload' })
      .click();
    await expect
      .poll(() => field('Video URL').inputValue())
      .toMatch(/\/uploads\/[0-9a-f]{16}\.mp4$/);
    const uploaded = await field('Video URL').inputValue();
    await field('Text to speak').fill('Hello from a file');
    await generateAndPlay(/^Play clip: Hello from a file/);

    expect(bodiesTo('/kling/lip-sync').at(-1)).toEqual({
      video_url: uploaded,
      text: 'Hello from a file',
      async: true,
    });
    const sources = app.page.getByRole('list', { name: 'Made from' });
    expect(await sources.textContent()).toContain('reference-704x704-24fps.mp4');
  });

  it('"Use these settings" on that clip puts the video file back, with no second upload', async () => {
    await field('Video URL').fill('');
    await field('Text to speak').fill('');
    const uploads = () => api.requests.filter((r) => r.path.startsWith('/api/v1/files')).length;
    const before = uploads();
    const detail = app.page.getByRole('complementary', { name: 'Selected clip' });
    await detail.getByRole('button', { name: 'Use these settings' }).click();
    await expect
      .poll(() => detail.locator('.remix [role="status"]').textContent(), { timeout: 15_000 })
      .toContain('From this computer: video to lip-sync.');
    expect(await field('Video URL').inputValue()).toBe(
      (bodiesTo('/kling/lip-sync').at(-1) as { video_url: string }).video_url,
    );
    await composer().getByText('Uploaded from reference-704x704-24fps.mp4.').waitFor();
    expect(await field('Text to speak').inputValue()).toBe('Hello from a file');
    expect(uploads()).toBe(before);
  });

  it('makes a talking photo speak a text for 10 s', async () => {
    await composer().getByRole('radio', { name: 'Talking photo' }).check();
    const zone = composer().getByRole('region', { name: 'Photo' });
    // The character image carries over between the two tools that take one; put another.
    await zone.getByRole('button', { name: 'Remove photo' }).click();
    await zone.getByLabel('Image URL').fill(PORTRAIT);
    await zone.getByRole('button', { name: 'Use URL' }).click();
    await zone.getByRole('button', { name: 'Remove photo' }).waitFor();
    await field('Text to speak').fill('Welcome to the museum');
    await field('Duration').selectOption('10');
    await generateAndPlay(/^Play clip: Welcome to the museum/);

    expect(bodiesTo('/kling/talking-photo')).toEqual([
      { image_url: PORTRAIT, text: 'Welcome to the museum', duration: 10, async: true },
    ]);
    // Every tool went to its own endpoint: the one video was the lip-synced clip's parent.
    expect(bodiesTo('/kling/videos')).toHaveLength(1);
  });
});
