import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AxeResults } from 'axe-core';
import { openStudio, type Studio } from './studio';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** What a person using a screen reader or a keyboard would be stopped by. */
const BLOCKING = new Set(['serious', 'critical']);

type Violation = { rule: string; impact: string | null; targets: string[] };

const TOKEN = 'sk-axe-0001';
/** Screenshots of the scanned window for a person to look at; the folder is ignored by git. */
const SHOTS = resolve(import.meta.dirname, 'artifacts');

describe('accessibility scan (axe-core), in Chromium', () => {
  let studio: Studio;

  beforeAll(async () => {
    studio = await openStudio({ api: { taskDurationMs: 300, validToken: TOKEN }, token: TOKEN });
    await studio.app.page.setViewportSize({ width: 1280, height: 720 });
    await studio.app.page.getByRole('form', { name: 'Composer' }).waitFor();
    // Evaluated over the debugging protocol: the window's CSP (rightly) refuses a script tag.
    await studio.app.page.evaluate(AXE_SOURCE);
  });

  afterAll(async () => {
    await studio?.close();
  });

  /** Runs axe on `selector` (default: the whole document) and keeps the blocking findings. */
  async function scan(selector?: string): Promise<Violation[]> {
    const results = await studio.app.page.evaluate(async (context) => {
      const axe = (window as unknown as { axe: { run: (c: unknown) => Promise<AxeResults> } }).axe;
      return axe.run(context ?? document);
    }, selector ?? null);
    return results.violations
      .filter((violation) => BLOCKING.has(violation.impact ?? ''))
      .map((violation) => ({
        rule: violation.id,
        impact: violation.impact ?? null,
        targets: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
      }));
  }

  it('makes one clip, so the scans below include a clip card and the clip viewer', async () => {
    const page = studio.app.page;
    const composer = page.getByRole('form', { name: 'Composer' });
    await composer.getByLabel('Prompt', { exact: true }).fill('A lantern on a pier at night');
    await composer.getByRole('button', { name: 'Generate' }).click();
    const library = page.getByRole('region', { name: 'Library' });
    await library.getByRole('button', { name: /^Play clip: A lantern/ }).click({ timeout: 20_000 });
    await library.getByRole('complementary', { name: 'Selected clip' }).waitFor();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`the Statistics dialog has no serious or critical finding, ${colorScheme}`, async () => {
      const page = studio.app.page;
      await page.emulateMedia({ colorScheme });
      await page.getByRole('button', { name: 'Statistics', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Statistics by model' });
      await dialog.getByRole('table').waitFor();
      try {
        await page.screenshot({ path: join(SHOTS, `statistics-1280x720-${colorScheme}.png`) });
        expect(await scan('dialog[open]')).toEqual([]);
      } finally {
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
      }
    });

    it(`the main window has no serious or critical finding, ${colorScheme}`, async () => {
      await studio.app.page.emulateMedia({ colorScheme });
      await mkdir(SHOTS, { recursive: true });
      await studio.app.page.screenshot({ path: join(SHOTS, `clip-1280x720-${colorScheme}.png`) });
      expect(await scan()).toEqual([]);
    });

    it(`the Settings dialog has no serious or critical finding, ${colorScheme}`, async () => {
      const page = studio.app.page;
      await page.emulateMedia({ colorScheme });
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Settings' });
      await dialog.waitFor();
      try {
        await page.screenshot({ path: join(SHOTS, `settings-1280x720-${colorScheme}.png`) });
        expect(await scan('dialog[open]')).toEqual([]);
      } finally {
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
      }
    });
  }
});
