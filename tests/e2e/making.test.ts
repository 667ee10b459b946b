import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_FILE_ACTIONS } from '../../electron/main/services/library/file-actions';
import type { FakeAceData } from '../fixtures/fake-acedata/server';
import type { LaunchedApp } from './harness';
import { openStudio, type Studio } from './studio';

const TOKEN = 'sk-test-making-5c1e0a77d2b4-MAKE';

describe('variants, batch, presets, prompt history and the budget, in Chromium', () => {
  let studio: Studio;
  let api: FakeAceData;
  let app: LaunchedApp;

  /** What the system's open dialog answers with, set by each test. */
  let openPath: string | null = null;

  beforeAll(async () => {
    studio = await openStudio({
      api: { taskDurationMs: 500, validToken: TOKEN },
      token: TOKEN,
      files: { ...NO_FILE_ACTIONS, chooseOpenPath: async () => openPath },
    });
    ({ api, app } = studio);
  });

  afterAll(() => studio?.close());

  const composer = () => app.page.getByRole('form', { name: 'Composer' });
  const submitted = () =>
    api.requests
      .filter((r) => r.method === 'POST' && r.path === '/kling/videos')
      .map((r) => (r.body as { prompt?: string }).prompt);
  const clipsWith = (start: string) => {
    const [project] = app.services.library.listProjects();
    return app.services.library.listClips(project!.id).filter((c) => c.prompt.startsWith(start));
  };

  it('×3 makes three submissions and three clips', { timeout: 40_000 }, async () => {
    await composer().getByLabel('Prompt', { exact: true }).fill('Three takes of a paper boat');
    await composer().getByLabel('Variants', { exact: true }).selectOption('3');
    await composer()
      .getByText(/About \d+ credits \(3 × \d+ credits\)/)
      .waitFor();
    await composer().getByRole('button', { name: 'Generate' }).click();
    await expect.poll(() => clipsWith('Three takes').length, { timeout: 30_000 }).toBe(3);
    expect(submitted().filter((p) => p === 'Three takes of a paper boat')).toHaveLength(3);
  });

  it(
    'a 5-row CSV with one bad row: the row is named, the cost shown, four queued',
    { timeout: 30_000 },
    async () => {
      openPath = join(studio.dir, 'batch.csv');
      await writeFile(
        openPath,
        [
          'prompt,model,mode,duration,aspect ratio,start image path',
          'Batch one: a lantern,kling-v1,std,5,16:9,',
          'Batch two: a harbour,kling-v1,pro,10,9:16,',
          'Batch three: a comet,kling-v1,std,7,16:9,',
          'Batch four: a meadow,kling-v1-6,std,5,1:1,',
          'Batch five: a glacier,kling-v1,std,5,16:9,',
        ].join('\n'),
      );
      const before = submitted().length;
      await composer().getByRole('button', { name: 'Batch…', exact: true }).click();
      const dialog = app.page.getByRole('dialog', { name: 'Batch' });
      await dialog.getByRole('button', { name: 'Choose a CSV file…' }).click();
      const refused = dialog.getByRole('list', { name: 'Refused rows' });
      await refused
        .getByText(/^Row 4 \(“Batch three: a comet”\): kling-v1 makes videos of 5 or 10 s/)
        .waitFor();
      await dialog.getByText(/^Cost of the batch: about \d+ credits for 4 videos\./).waitFor();
      expect(submitted().length).toBe(before);

      await dialog.getByRole('button', { name: 'Queue 4 videos' }).click();
      await dialog.getByText('4 videos queued.').waitFor();
      await expect
        .poll(() => submitted().slice(before).sort())
        .toEqual([
          'Batch five: a glacier',
          'Batch four: a meadow',
          'Batch one: a lantern',
          'Batch two: a harbour',
        ]);
      await dialog.getByRole('button', { name: 'Close' }).click();
    },
  );

  it(
    'a preset saved, applied and kept by main; a prompt recalled from the history',
    { timeout: 30_000 },
    async () => {
      const form = composer();
      await form.getByLabel('Model', { exact: true }).selectOption('kling-v2-6');
      await form.getByLabel('Mode', { exact: true }).selectOption('pro');
      await form.getByText(/^Presets/).click();
      await form.getByLabel('Preset name', { exact: true }).fill('Pro 2.6');
      await form.getByRole('button', { name: 'Save current settings', exact: true }).click();
      await form.getByText('Saved the current settings as “Pro 2.6”.').waitFor();
      const kept = JSON.parse(await readFile(join(studio.dataDir, 'making.json'), 'utf8'));
      expect(kept.presets).toMatchObject([
        { name: 'Pro 2.6', model: 'kling-v2-6', parameters: { mode: 'pro' } },
      ]);

      await form.getByLabel('Model', { exact: true }).selectOption('kling-v1');
      await form.getByRole('button', { name: 'Apply Pro 2.6', exact: true }).click();
      expect(await form.getByLabel('Model', { exact: true }).inputValue()).toBe('kling-v2-6');
      expect(await form.getByLabel('Mode', { exact: true }).inputValue()).toBe('pro');

      const prompt = form.getByLabel('Prompt', { exact: true });
      await prompt.fill('');
      await prompt.press('Alt+ArrowUp');
      const dialog = app.page.getByRole('dialog', { name: 'Prompt history' });
      const list = dialog.getByRole('list', { name: 'Prompts, most recent first' });
      await list
        .getByRole('button', { name: 'Three takes of a paper boat', exact: true })
        .waitFor();
      await dialog.getByLabel('Search prompts', { exact: true }).fill('paper boat');
      await expect.poll(() => list.getByRole('button').count()).toBe(1);
      await list.getByRole('button', { name: 'Three takes of a paper boat', exact: true }).click();
      await expect.poll(() => prompt.inputValue()).toBe('Three takes of a paper boat');
    },
  );

  it(
    'a daily budget holds the queue and says so; clearing it releases the job',
    { timeout: 30_000 },
    async () => {
      const page = app.page;
      // The size a tester found the hold announced only far below the fold.
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      const settings = page.getByRole('dialog', { name: 'Settings' });
      await settings.getByLabel('Daily budget (credits)', { exact: true }).fill('1');
      await settings.getByRole('button', { name: 'Save prices and budget', exact: true }).click();
      await settings.getByText('Saved. Estimates and the budget use these figures now.').waitFor();
      await settings.getByRole('button', { name: 'Close', exact: true }).click();

      const before = submitted().length;
      await composer().getByLabel('Variants', { exact: true }).selectOption('1');
      await composer().getByLabel('Prompt', { exact: true }).fill('Held by the budget');
      await composer().getByRole('button', { name: 'Generate', exact: true }).click();
      const banner = page.getByRole('alert').filter({ hasText: 'Daily budget reached' });
      await banner.getByText(/^Daily budget reached: about \d+ of 1 credit spent today/).waitFor();
      // The hold is decided before a send, so the banner means nothing went out for this job.
      expect(submitted().length).toBe(before);
      // Said where the person is looking: in view without scrolling, and on the held job.
      const box = await banner.boundingBox();
      const height = await page.evaluate(() => window.innerHeight);
      expect(box).not.toBeNull();
      expect(box!.y + box!.height).toBeLessThanOrEqual(height);
      await page
        .getByRole('region', { name: 'Job progress' })
        .getByText('Held: daily budget', { exact: true })
        .waitFor();

      await page.getByRole('button', { name: 'Open budget settings', exact: true }).click();
      await settings.getByLabel('Daily budget (credits)', { exact: true }).fill('');
      await settings.getByRole('button', { name: 'Save prices and budget', exact: true }).click();
      await expect.poll(() => submitted().slice(before)).toEqual(['Held by the budget']);
    },
  );
});
