/// <reference lib="dom" />
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeAceData } from '../fixtures/fake-acedata/server';
import type { LaunchedApp } from './harness';
import { openStudio, reloadAfresh, type Studio } from './studio';

const TOKEN = 'sk-test-kling3-8c1e5d20a9f4-KL3X';

/**
 * Kling 3.0 requests made from the composer's own controls, in Chromium against the fake
 * AceData (which refuses a request that breaks its rules): custom shots, an element from the
 * picker, a voice made from a sample and picked. Each ends as a clip that plays.
 */
describe('Kling 3.0 features from the composer, in Chromium', () => {
  let studio: Studio;
  let api: FakeAceData;
  let app: LaunchedApp;

  beforeAll(async () => {
    studio = await openStudio({ api: { taskDurationMs: 400, validToken: TOKEN }, token: TOKEN });
    ({ api, app } = studio);
  });

  afterAll(() => studio?.close());

  const composer = () => app.page.getByRole('form', { name: 'Composer' });
  const field = (label: string) => composer().getByLabel(label, { exact: true });
  const lastSubmission = () => api.requests.filter((r) => r.path === '/kling/videos').at(-1);
  const submissions = () => api.requests.filter((r) => r.path === '/kling/videos').length;

  /** Generates once, waits for the clip to be ready, and plays it from the library. */
  async function generateAndPlay(clipName: RegExp): Promise<void> {
    const jobs = app.page.getByRole('region', { name: 'Jobs' });
    const ready = () => jobs.locator('[data-state="ready"]').count();
    const before = await ready();
    const sent = submissions();
    await composer().getByRole('button', { name: 'Generate' }).click();
    await expect.poll(ready, { timeout: 20_000 }).toBe(before + 1);
    expect(submissions()).toBe(sent + 1);
    const library = app.page.getByRole('region', { name: 'Library' });
    await library.getByRole('button', { name: clipName }).click();
    const video = app.page.getByLabel('Clip player');
    await expect
      .poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(2);
  }

  async function use(group: Locator, open: string, item: string): Promise<void> {
    await group.getByRole('button', { name: open }).click();
    await group.getByRole('button', { name: item }).click();
  }

  it('sends three custom shots that add up to the duration, and the clip plays', async () => {
    await field('Model').selectOption('kling-v3');
    await field('Duration').selectOption('10');
    await field('Multi-shot storyboard').check();
    await field('Custom shots').check();
    await field('Shot 1 prompt').fill('Wide: the harbour at dawn');
    await field('Shot 1 seconds').fill('4');
    await composer().getByRole('button', { name: 'Add shot' }).click();
    await field('Shot 2 prompt').fill('Close: a gull lands on a post');
    await field('Shot 2 seconds').fill('3');
    await composer().getByRole('button', { name: 'Add shot' }).click();
    await field('Shot 3 prompt').fill('The ferry leaves the quay');
    await field('Shot 3 seconds').fill('3');
    await composer().getByText('Total 10 s of 10 s').waitFor();

    await generateAndPlay(/^Play clip: Wide: the harbour at dawn \/ Close: a gull lands/);
    expect(lastSubmission()?.body).toEqual({
      action: 'text2video',
      model: 'kling-v3',
      duration: 10,
      multi_shot: true,
      shot_type: 'customize',
      multi_prompt: [
        { index: 1, prompt: 'Wide: the harbour at dawn', duration: 4 },
        { index: 2, prompt: 'Close: a gull lands on a post', duration: 3 },
        { index: 3, prompt: 'The ferry leaves the quay', duration: 3 },
      ],
      async: true,
    });
  });

  it('starts a reloaded window on the last settings sent in the project', async () => {
    await app.reload();
    await expect.poll(() => field('Duration').inputValue()).toBe('10');
    expect(await field('Model').inputValue()).toBe('kling-v3');
    expect(await field('Multi-shot storyboard').isChecked()).toBe(true);
  });

  it('sends an element picked from the list, named in the prompt', async () => {
    await reloadAfresh(app);
    await field('Model').selectOption('kling-v3');
    const prompt = field('Prompt');
    await prompt.fill('A  runs through fresh snow');
    await prompt.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(2, 2));
    const elements = composer().getByRole('group', { name: 'Elements' });
    await use(elements, 'Choose elements', 'Use element Red fox');
    expect(await prompt.inputValue()).toBe('A <<<element_1>>> runs through fresh snow');

    await generateAndPlay(/^Play clip: A <<<element_1>>> runs/);
    expect(lastSubmission()?.body).toEqual({
      action: 'text2video',
      model: 'kling-v3',
      prompt: 'A <<<element_1>>> runs through fresh snow',
      element_list: [{ element_id: 'el_preset_fox' }],
      async: true,
    });
  });

  it('makes a voice from a sample URL, picks it, and sends it with generated audio', async () => {
    await reloadAfresh(app);
    await field('Model').selectOption('kling-v2-6');
    await field('Mode').selectOption('pro');
    await field('Generate audio').check();
    await field('Prompt').fill('An old sailor says: the tide waits for no one, ');
    const voices = composer().getByRole('group', { name: 'Voices' });
    await voices.getByRole('button', { name: 'Choose voices' }).click();
    await voices.getByLabel('Sample URL').fill('https://cdn.example.com/samples/sailor.mp3');
    await voices.getByLabel('Voice name (optional)').fill('Old sailor');
    await voices.getByRole('button', { name: 'Make voice' }).click();
    await voices.getByRole('button', { name: 'Use voice Old sailor' }).click();

    const created = api.requests.filter((r) => r.path === '/kling/voices' && isCreate(r.body));
    expect(created.map((r) => r.body)).toEqual([
      {
        action: 'create',
        audio_url: 'https://cdn.example.com/samples/sailor.mp3',
        name: 'Old sailor',
      },
    ]);
    const voiceId = [...api.catalog.own.voices].find((v) => v.name === 'Old sailor')?.id;
    expect(voiceId).toMatch(/^voice_/);

    await generateAndPlay(/^Play clip: An old sailor says/);
    expect(lastSubmission()?.body).toEqual({
      action: 'text2video',
      model: 'kling-v2-6',
      mode: 'pro',
      prompt: 'An old sailor says: the tide waits for no one, <<<voice_1>>>',
      generate_audio: true,
      voice_list: [{ voice_id: voiceId }],
      async: true,
    });
  });
});

function isCreate(body: unknown): boolean {
  return (
    typeof body === 'object' && body !== null && (body as { action?: unknown }).action === 'create'
  );
}
