import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KlingApi } from '../../shared/bridge';
import type { LaunchedApp } from './harness';
import { openStudio, type Studio } from './studio';

const TOKEN = 'sk-test-viewer-3f8a0c61e2d9-VIEW';
/** Screenshots for a person to look at; the folder is ignored by git. */
const SHOTS = resolve(import.meta.dirname, 'artifacts');
const PROMPTS = ['First: a dune at dawn', 'Second: a dune at noon', 'Third: a dune at dusk'];

describe('the clip viewer, in Chromium', () => {
  let studio: Studio;
  let app: LaunchedApp;

  beforeAll(async () => {
    studio = await openStudio({ api: { taskDurationMs: 300, validToken: TOKEN }, token: TOKEN });
    ({ app } = studio);
    await mkdir(SHOTS, { recursive: true });
    for (const prompt of PROMPTS) {
      const sent = await app.page.evaluate(
        (text) =>
          (window as unknown as { kling: KlingApi }).kling.jobs.submit({
            action: 'text2video',
            model: 'kling-v1-6',
            prompt: text,
          }),
        prompt,
      );
      if (!sent.ok) throw new Error(sent.error.message);
    }
  });

  afterAll(() => studio?.close());

  it('is large at three window sizes and answers Space, ←/→, F and Esc', async () => {
    const { page } = app;
    const library = page.getByRole('region', { name: 'Library' });
    const cards = library.getByRole('button', { name: /^Play clip: / });
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBe(3);
    // The gallery's order (newest first, by when each clip landed) is the viewer's order.
    const order = (
      await cards.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')))
    ).map((label) => label!.replace('Play clip: ', ''));
    await library.getByRole('button', { name: `Play clip: ${order[1]}` }).click();
    const viewer = library.getByRole('complementary', { name: 'Selected clip' });
    const video = viewer.getByLabel('Clip player');
    await video.waitFor();

    for (const [width, height] of [
      [1024, 700],
      [1280, 720],
      [1440, 900],
    ] as const) {
      await page.setViewportSize({ width, height });
      const share = await page.evaluate(() => {
        const pane = document.getElementById('library')!.getBoundingClientRect();
        const player = document.querySelector('video.player-video')!.getBoundingClientRect();
        return player.width / pane.width;
      });
      expect({ width, share: share >= 0.6 }).toEqual({ width, share: true });
      // Its own buttons stay in view whatever is above it: the video gives up height instead.
      const shown = await viewer.boundingBox();
      for (const name of ['Full screen', /^Next frame/] as const) {
        const button = await viewer.getByRole('button', { name }).boundingBox();
        expect({
          width,
          name: String(name),
          inView: button!.y + button!.height <= shown!.y + shown!.height,
        }).toEqual({ width, name: String(name), inView: true });
      }
      await page.screenshot({ path: join(SHOTS, `viewer-${width}x${height}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 720 });

    for (const name of ['Previous clip', 'Play', 'Next clip', 'Full screen', 'Close']) {
      await viewer.getByRole('button', { name, exact: true }).waitFor();
    }
    const src = () => video.getAttribute('src');
    const srcOf = async (prompt: string) => {
      const clip = app.services.library
        .listClips(app.services.library.listProjects()[0]!.id)
        .find((c) => c.prompt === prompt);
      return clip!.mediaUrl;
    };

    // Keys act wherever focus is, except on controls that use them; start from the page.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Space');
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(false);
    await viewer.getByRole('button', { name: 'Pause', exact: true }).waitFor();
    await page.keyboard.press('Space');
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(true);

    await page.keyboard.press('ArrowRight');
    await expect.poll(src).toBe(await srcOf(order[2]!));
    await page.keyboard.press('ArrowLeft');
    await expect.poll(src).toBe(await srcOf(order[1]!));
    await page.keyboard.press('ArrowLeft');
    await expect.poll(src).toBe(await srcOf(order[0]!));

    await page.keyboard.press('f');
    await expect
      .poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('aria-label')))
      .toBe('Clip player');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();

    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('library');
  });
});
