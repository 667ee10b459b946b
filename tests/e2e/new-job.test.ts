import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LaunchedApp } from './harness';
import { openStudio, type Studio } from './studio';

const TOKEN = 'sk-test-newjob-51c0e9a2d7b4-NEWJ';
/** Screenshots for a person to look at; the folder is ignored by git. */
const SHOTS = resolve(import.meta.dirname, 'artifacts');

/**
 * Resolves, in the page, with the milliseconds from the next press of Generate until both a
 * placeholder card and a jobs-strip entry exist and lie wholly inside the window, unscrolled.
 */
function timeUntilSeen(): Promise<number> {
  return new Promise((done) => {
    let pressedAt = -1;
    const inView = (selector: string) => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      return (
        !!box &&
        box.height > 0 &&
        box.top >= 0 &&
        box.left >= 0 &&
        box.bottom <= window.innerHeight &&
        box.right <= window.innerWidth
      );
    };
    const check = () => {
      if (pressedAt < 0 || !inView('[data-pending-job]') || !inView('[data-strip-job]')) return;
      observer.disconnect();
      done(performance.now() - pressedAt);
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true });
    document.addEventListener(
      'submit',
      () => {
        pressedAt = performance.now();
      },
      { capture: true, once: true },
    );
  });
}

describe('a new job is seen at once, in Chromium', () => {
  let studio: Studio;
  let app: LaunchedApp;

  beforeAll(async () => {
    studio = await openStudio({ api: { taskDurationMs: 4_000, validToken: TOKEN }, token: TOKEN });
    ({ app } = studio);
    await mkdir(SHOTS, { recursive: true });
  });

  afterAll(() => studio?.close());

  it(
    'shows a placeholder card and a strip entry within 500 ms, focuses the job, then opens its clip',
    { timeout: 60_000 },
    async () => {
      const { page } = app;
      await page.setViewportSize({ width: 1280, height: 720 });
      const composer = page.getByRole('form', { name: 'Composer' });
      await composer.getByLabel('Prompt', { exact: true }).fill('A paper boat on a rainy street');
      const seen = page.evaluate(timeUntilSeen);
      await composer.getByRole('button', { name: 'Generate', exact: true }).click();
      expect(await seen).toBeLessThan(500);
      expect(await page.evaluate(() => document.scrollingElement?.scrollTop)).toBe(0);

      // Focus is on the new job in the strip, so a screen reader reads it out.
      const strip = page.getByRole('region', { name: 'Job progress', exact: true });
      const entry = strip.getByRole('listitem').filter({ hasText: 'A paper boat' });
      await expect.poll(() => entry.evaluate((node) => node === document.activeElement)).toBe(true);

      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.screenshot({ path: join(SHOTS, `new-job-1280x720-${colorScheme}.png`) });
      }
      await page.emulateMedia({ colorScheme: 'light' });

      await entry
        .getByRole('button', { name: 'Open clip: A paper boat on a rainy street' })
        .click({ timeout: 30_000 });
      await page.getByLabel('Clip player').waitFor();
      // The clip is in the gallery now, and its placeholder has gone.
      expect(await page.locator('[data-pending-job]').count()).toBe(0);
    },
  );
});
