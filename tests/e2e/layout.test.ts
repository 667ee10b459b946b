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
});
