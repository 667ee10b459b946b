/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeAceData } from '../fixtures/fake-acedata/server';
import type { LaunchedApp } from './harness';
import { openStudio, type Studio } from './studio';

const TOKEN = 'sk-test-extend-5e0d7a9c41b2-EXTN';

describe('extending a clip, in Chromium', () => {
  let studio: Studio;
  let api: FakeAceData;
  let app: LaunchedApp;

  beforeAll(async () => {
    studio = await openStudio({ api: { taskDurationMs: 600, validToken: TOKEN }, token: TOKEN });
    ({ api, app } = studio);
  });

  afterAll(() => studio?.close());

  it('continues a ready clip and links the new clip to its parent', async () => {
    const { page } = app;
    const composer = page.getByRole('form', { name: 'Composer' });
    const jobs = page.getByRole('region', { name: 'Jobs' });
    const library = page.getByRole('region', { name: 'Library' });
    const ready = () => jobs.locator('[data-state="ready"]').count();

    await composer.getByLabel('Prompt', { exact: true }).fill('A red kite climbing over the dunes');
    await composer.getByLabel('Model', { exact: true }).selectOption('kling-v1-6');
    await composer.getByLabel('Aspect ratio', { exact: true }).selectOption('9:16');
    await composer.getByRole('button', { name: 'Generate' }).click();
    await expect.poll(ready, { timeout: 20_000 }).toBe(1);

    await library.getByRole('button', { name: /^Play clip: A red kite/ }).click();
    await page.getByRole('button', { name: 'Extend', exact: true }).click();
    await composer.getByText(/^Extending: A red kite climbing over the dunes/).waitFor();
    // Keyboard users land in the prompt, and only extend's fields are on offer.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('prompt');
    expect(await composer.getByLabel('Aspect ratio', { exact: true }).count()).toBe(0);
    const models = await composer
      .getByLabel('Model', { exact: true })
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(models).toEqual(['kling-v1', 'kling-v1-6', 'kling-v2-5-turbo']);
    // The prompt that made the parent is not the extension's: the field starts empty.
    expect(await composer.getByLabel('Prompt', { exact: true }).inputValue()).toBe('');

    await composer
      .getByLabel('Prompt', { exact: true })
      .fill('The kite loops back towards the sea');
    await composer.getByRole('button', { name: 'Generate' }).click();
    await expect.poll(ready, { timeout: 20_000 }).toBe(2);

    const submissions = api.requests.filter((r) => r.path === '/kling/videos');
    const [first] = [...api.tasks.values()];
    expect(submissions[1]?.body).toEqual({
      action: 'extend',
      model: 'kling-v1-6',
      prompt: 'The kite loops back towards the sea',
      video_id: first?.videoId,
      async: true,
    });

    const [project] = app.services.library.listProjects();
    const clips = app.services.library.listClips(project!.id);
    const parent = clips.find((clip) => clip.prompt.startsWith('A red kite'));
    const child = clips.find((clip) => clip.action === 'extend');
    expect(parent).toBeDefined();
    expect(child?.parentClipId).toBe(parent?.id);
    expect(app.services.library.findClip(child!.id)?.parentClipId).toBe(parent?.id);

    // The library shows the lineage too: the extension names the clip it continues.
    await library.getByRole('button', { name: /^Play clip: The kite loops back/ }).click();
    await page
      .getByRole('button', { name: /^Extended from: A red kite/ })
      .waitFor({ timeout: 5_000 });
  });
});
