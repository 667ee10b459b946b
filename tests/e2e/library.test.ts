/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LaunchedApp } from './harness';
import { openStudio, type Studio } from './studio';

const TOKEN = 'sk-test-library-8b2e4f1d6a93-LIBR';
const KITE = 'A red kite climbing over the dunes';
const LIGHTHOUSE = 'A lighthouse in winter fog, waves breaking';
const LOOP = 'The kite loops back towards the sea';

describe('the library, in Chromium', () => {
  let studio: Studio;
  let app: LaunchedApp;
  let dataDir: string;

  beforeAll(async () => {
    studio = await openStudio({ api: { taskDurationMs: 500, validToken: TOKEN }, token: TOKEN });
    ({ app, dataDir } = studio);
  });

  afterAll(() => studio?.close());

  it('finds clips by search, model, favourite and tag, follows lineage, exports and makes posters', async () => {
    const { page } = app;
    const composer = page.getByRole('form', { name: 'Composer' });
    const jobs = page.getByRole('region', { name: 'Jobs' });
    const library = page.getByRole('region', { name: 'Library' });
    const ready = () => jobs.locator('[data-state="ready"]').count();
    const cards = library.getByRole('button', { name: /^Play clip: / });
    const cardNames = async () =>
      (await cards.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')))).sort();
    const generate = async (prompt: string, model: string, count: number) => {
      await composer.getByLabel('Prompt', { exact: true }).fill(prompt);
      await composer.getByLabel('Model', { exact: true }).selectOption(model);
      await composer.getByRole('button', { name: 'Generate' }).click();
      await expect.poll(ready, { timeout: 20_000 }).toBe(count);
    };

    // Three clips made through the UI; the third extends the first from the library.
    await generate(KITE, 'kling-v1-6', 1);
    await generate(LIGHTHOUSE, 'kling-v2-6', 2);
    await library.getByRole('button', { name: `Play clip: ${KITE}` }).click();
    await library.getByRole('button', { name: 'Extend', exact: true }).click();
    await composer.getByText(/^Extending: A red kite/).waitFor();
    await composer.getByLabel('Prompt', { exact: true }).fill(LOOP);
    await composer.getByRole('button', { name: 'Generate' }).click();
    await expect.poll(ready, { timeout: 20_000 }).toBe(3);
    await expect.poll(() => cards.count(), { timeout: 10_000 }).toBe(3);

    // Search narrows the grid.
    const search = library.getByRole('searchbox', { name: 'Search prompts' });
    await search.fill('lighthouse');
    await expect.poll(cardNames).toEqual([`Play clip: ${LIGHTHOUSE}`]);
    await search.fill('');
    await expect.poll(() => cards.count()).toBe(3);

    // So does a model filter.
    await library.getByLabel('Model', { exact: true }).selectOption('kling-v2-6');
    await expect.poll(cardNames).toEqual([`Play clip: ${LIGHTHOUSE}`]);
    await library.getByLabel('Model', { exact: true }).selectOption('');
    await expect.poll(() => cards.count()).toBe(3);

    // Favourite one clip from its card, then show favourites only.
    await library.getByRole('button', { name: `Favourite: ${LOOP}` }).click();
    await expect
      .poll(() =>
        library.getByRole('button', { name: `Favourite: ${LOOP}` }).getAttribute('aria-pressed'),
      )
      .toBe('true');
    const favourites = library.getByRole('checkbox', { name: 'Favourites only' });
    await favourites.check();
    await expect.poll(cardNames).toEqual([`Play clip: ${LOOP}`]);
    await favourites.uncheck();
    await expect.poll(() => cards.count()).toBe(3);

    // Tag another clip in its detail view, then filter by that tag.
    await library.getByRole('button', { name: `Play clip: ${LIGHTHOUSE}` }).click();
    const detail = library.getByRole('complementary', { name: 'Selected clip' });
    await detail.getByRole('combobox', { name: 'Add tag' }).fill('client');
    await detail.getByRole('combobox', { name: 'Add tag' }).press('Enter');
    await detail.getByRole('button', { name: 'Remove tag client' }).waitFor();
    await library.getByLabel('Tag', { exact: true }).selectOption('client');
    await expect.poll(cardNames).toEqual([`Play clip: ${LIGHTHOUSE}`]);
    await library.getByLabel('Tag', { exact: true }).selectOption('');
    await expect.poll(() => cards.count()).toBe(3);
    const [project] = app.services.library.listProjects();
    const onDisk = app.services.library.listClips(project!.id);
    expect(onDisk.find((c) => c.prompt === LIGHTHOUSE)?.tags).toEqual(['client']);
    expect(onDisk.find((c) => c.prompt === LOOP)?.favourite).toBe(true);

    // The extension's detail view leads to its parent.
    await library.getByRole('button', { name: `Play clip: ${LOOP}` }).click();
    await detail.getByRole('button', { name: `Extended from: ${KITE}` }).click();
    const kite = onDisk.find((c) => c.prompt === KITE)!;
    await expect
      .poll(() => detail.getByLabel('Clip player').getAttribute('src'))
      .toBe(kite.mediaUrl);
    await detail
      .getByRole('list', { name: 'Made from this clip' })
      .getByRole('button', { name: `Extension: ${LOOP}` })
      .waitFor();

    // Export the project's list as CSV; the UI says where it went.
    await library.getByRole('button', { name: 'Export CSV' }).click();
    const notice = library.getByText(/^Exported to /);
    await notice.waitFor();
    const path = (await notice.textContent())!.replace(/^Exported to /, '');
    expect(path.startsWith(join(dataDir, 'exports'))).toBe(true);
    const csv = await readFile(path, 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(4);
    for (const prompt of [KITE, LIGHTHOUSE, LOOP]) expect(csv).toContain(prompt);
    expect(lines[0]).toMatch(/prompt/i);

    // Each card got a poster grabbed from its own video, served back through the media route.
    const posters = library.locator('img.clip-poster');
    await expect.poll(() => posters.count(), { timeout: 30_000 }).toBe(3);
    const loaded = await posters.evaluateAll((imgs) =>
      Promise.all(
        (imgs as HTMLImageElement[]).map(async (img) => {
          await img.decode().catch(() => undefined);
          return { src: img.getAttribute('src') ?? '', width: img.naturalWidth };
        }),
      ),
    );
    for (const poster of loaded) {
      expect(poster.src).toMatch(/\/media\/poster\//);
      expect(poster.width).toBeGreaterThan(0);
    }
  });
});
