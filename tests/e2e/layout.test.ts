import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAceData, type FakeAceData } from '../fixtures/fake-acedata/server';
import { launchApp, type LaunchedApp } from './harness';

/** Screenshots for a person to look at; the folder is ignored by git. */
const SHOTS = resolve(import.meta.dirname, 'artifacts');
const SIZES = [
  [1024, 700],
  [1280, 720],
  [1440, 900],
] as const;

describe('the window layout, in Chromium', () => {
  let api: FakeAceData;
  let app: LaunchedApp;
  let dir: string;

  beforeAll(async () => {
    api = await startFakeAceData({ taskDurationMs: 60_000 });
    dir = await mkdtemp(join(tmpdir(), 'kling-e2e-layout-'));
    app = await launchApp({ apiBaseUrl: api.url, dataDir: dir });
    await mkdir(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await app?.close();
    await api?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('never scrolls as a whole: each pane scrolls on its own, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await app.page.emulateMedia({ colorScheme });
      for (const [width, height] of SIZES) {
        await app.page.setViewportSize({ width, height });
        await app.page.getByRole('form', { name: 'Composer' }).waitFor();
        const scrollHeight = await app.page.evaluate(() => document.scrollingElement?.scrollHeight);
        expect({ width, height, scrollHeight }).toEqual({ width, height, scrollHeight: height });
        await app.page.screenshot({
          path: join(SHOTS, `window-${width}x${height}-${colorScheme}.png`),
        });
      }
    }
  });

  // With a token saved, as the composer stands once its first-run hint has been followed.
  it('shows the prompt label and three lines of its box on the first screen, above Generate', async () => {
    const tokenDir = await mkdtemp(join(tmpdir(), 'kling-e2e-layout-token-'));
    const withToken = await launchApp({
      apiBaseUrl: api.url,
      dataDir: tokenDir,
      token: 'sk-layout-ABCD',
    });
    try {
      await withToken.page.emulateMedia({ colorScheme: 'light' });
      const seen = [];
      for (const [width, height] of SIZES) {
        await withToken.page.setViewportSize({ width, height });
        const composer = withToken.page.getByRole('form', { name: 'Composer' });
        await composer.waitFor();
        const shown = await composer.evaluate((form) => {
          const pane = form.closest('.pane')!.getBoundingClientRect();
          const footer = form.querySelector('.generate-bar')!.getBoundingClientRect();
          const box = form.querySelector<HTMLTextAreaElement>('textarea')!;
          const label = form.querySelector(`label[for="${box.id}"]`)!.getBoundingClientRect();
          const style = getComputedStyle(box);
          // "normal" has no number; Chromium draws it at about 1.2 times the font size.
          const line = parseFloat(style.lineHeight) || 1.2 * parseFloat(style.fontSize);
          const top = box.getBoundingClientRect().top;
          const threeLines =
            top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop) + 3 * line;
          // Visible means inside the pane and not under the sticky footer.
          const bottom = Math.min(pane.bottom, footer.top);
          return { labelShown: label.top >= pane.top, threeLinesShown: threeLines <= bottom };
        });
        seen.push({ width, height, ...shown });
      }
      expect(seen).toEqual(
        SIZES.map(([width, height]) => ({
          width,
          height,
          labelShown: true,
          threeLinesShown: true,
        })),
      );
    } finally {
      await withToken.close();
      await rm(tokenDir, { recursive: true, force: true });
    }
  });
});
