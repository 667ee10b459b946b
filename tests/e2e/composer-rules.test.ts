/// <reference lib="dom" />
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeAceData } from '../fixtures/fake-acedata/server';
import { MODEL_IDS, validateSubmission } from '../fixtures/fake-acedata/tasks';
import type { LaunchedApp } from './harness';
import { openStudio, reloadAfresh, type Studio } from './studio';

const TOKEN = 'sk-test-rules-91c4e07d2b6a-RULE';
const IMAGE = 'https://example.com/frames/frame.png';
const STILL = { horizontal: 0, vertical: 0, pan: 0, tilt: 0, roll: 0, zoom: 0 };

interface Combo {
  model: string;
  action: 'text2video' | 'image2video';
  mode: string;
  duration: number;
  start: boolean;
  end: boolean;
  camera: 'simple' | 'down_back' | null;
  audio: boolean;
}

/** Four combinations per model, rotated so every mode, length and feature meets every model. */
function combos(): Combo[] {
  const rows = MODEL_IDS.flatMap((model, i): Combo[] => {
    const t2v = { model, action: 'text2video', start: false, end: false } as const;
    const i2v = { model, action: 'image2video', start: true, end: true, camera: null } as const;
    return [
      {
        ...t2v,
        mode: ['pro', '4k', 'std'][i % 3]!,
        duration: [10, 15, 5][i % 3]!,
        camera: 'simple',
        audio: true,
      },
      { ...t2v, mode: 'std', duration: 5, camera: 'down_back', audio: false },
      { ...i2v, mode: 'pro', duration: 5, audio: i % 2 === 0 },
      { ...i2v, mode: 'std', duration: 10, audio: false },
    ];
  });
  // Nothing to animate: only Generate can stop these.
  const noStart = {
    action: 'image2video',
    start: false,
    end: false,
    camera: null,
    audio: false,
  } as const;
  return [
    ...rows,
    { ...noStart, model: 'kling-v1', mode: 'std', duration: 5 },
    { ...noStart, model: 'kling-v3', mode: 'pro', duration: 7 },
  ];
}

/** The body the combination would make, in the provider's words. */
function intendedBody(combo: Combo, prompt: string): Record<string, unknown> {
  const body: Record<string, unknown> = {
    action: combo.action,
    model: combo.model,
    mode: combo.mode,
    duration: combo.duration,
    prompt,
  };
  if (combo.start) body['start_image_url'] = IMAGE;
  if (combo.end) body['end_image_url'] = IMAGE;
  if (combo.camera)
    body['camera_control'] =
      combo.camera === 'simple' ? { type: 'simple', config: STILL } : { type: combo.camera };
  if (combo.audio) body['generate_audio'] = true;
  return body;
}

describe('the composer never lets a combination through that the fake server refuses', () => {
  let studio: Studio;
  let api: FakeAceData;
  let app: LaunchedApp;

  beforeAll(async () => {
    // Long tasks and a wide queue: every press is sent at once and nothing is downloaded.
    studio = await openStudio({
      api: { taskDurationMs: 120_000, validToken: TOKEN },
      token: TOKEN,
      limits: { maxInFlight: 100, minSubmitIntervalMs: 10 },
    });
    ({ api, app } = studio);
  });

  afterAll(() => studio?.close());

  const composer = () => app.page.getByRole('form', { name: 'Composer' });

  /** Picks an option if the select offers it enabled; false when the composer refuses it. */
  async function choose(select: Locator, value: string): Promise<boolean> {
    if (await select.isDisabled()) return false;
    const option = select.locator(`option[value="${value}"]`);
    if ((await option.count()) === 0 || (await option.isDisabled())) return false;
    await select.selectOption(value);
    return true;
  }

  async function addFrame(name: 'Start frame' | 'End frame'): Promise<boolean> {
    const zone = composer().getByRole('region', { name });
    const input = zone.getByLabel('Image URL', { exact: true });
    if (await input.isDisabled()) return false;
    await input.fill(IMAGE);
    await input.press('Enter');
    await zone.getByRole('button', { name: `Remove ${name.toLowerCase()}` }).waitFor();
    return true;
  }

  /** Sets what the combination asks for, in the order a person would; returns what was refused. */
  async function drive(combo: Combo): Promise<string[]> {
    const refused: string[] = [];
    const form = composer();
    if (combo.action === 'image2video')
      await form.getByRole('radio', { name: 'Image to video' }).check();
    await form.getByLabel('Model', { exact: true }).selectOption(combo.model);
    if (!(await choose(form.getByLabel('Mode', { exact: true }), combo.mode))) refused.push('mode');
    if (!(await choose(form.getByLabel('Duration', { exact: true }), String(combo.duration))))
      refused.push('duration');
    if (combo.start && !(await addFrame('Start frame'))) refused.push('start frame');
    if (combo.end && !(await addFrame('End frame'))) refused.push('end frame');
    if (
      combo.camera &&
      !(await choose(form.getByLabel('Camera move', { exact: true }), combo.camera))
    )
      refused.push('camera');
    const audio = form.getByLabel('Generate audio', { exact: true });
    if (combo.audio) {
      if (await audio.isDisabled()) refused.push('audio');
      else await audio.check();
    }
    return refused;
  }

  it(
    'drives a table of combinations and presses Generate whenever it is enabled',
    // 42 rows, each a reload: 2–3 s a row on a quiet machine, 6–10 s at a load of 12.
    { timeout: 360_000 },
    async () => {
      const table = combos();
      const problems: string[] = [];
      const pressed = new Map<string, { combo: Combo; valid: boolean; refused: string[] }>();
      let invalid = 0;
      for (const [index, combo] of table.entries()) {
        // A fresh composer per row: nothing from the previous row carries over, not even the
        // project's last settings.
        await reloadAfresh(app);
        const prompt = `Rules check ${index}`;
        const refused = await drive(combo);
        await composer().getByLabel('Prompt', { exact: true }).fill(prompt);
        const valid = validateSubmission(intendedBody(combo, prompt)) === null;
        const generate = composer().getByRole('button', { name: 'Generate' });
        const enabled = (await generate.getAttribute('aria-disabled')) !== 'true';
        const label = `#${index} ${JSON.stringify(combo)}`;
        if (valid && (refused.length > 0 || !enabled))
          problems.push(`${label}: valid, but refused ${refused.join(', ') || 'Generate'}`);
        if (!valid) {
          invalid += 1;
          if (refused.length === 0 && enabled)
            problems.push(`${label}: invalid, yet everything was accepted`);
        }
        if (enabled) {
          await generate.click();
          pressed.set(prompt, { combo, valid, refused });
        }
      }
      expect(problems).toEqual([]);
      // The table is worth something only if it has both kinds.
      expect(invalid).toBeGreaterThan(10);
      expect(pressed.size).toBeGreaterThan(20);

      await expect
        .poll(() => api.requests.filter((r) => r.path === '/kling/videos').length, {
          timeout: 20_000,
        })
        .toBe(pressed.size);
      for (const request of api.requests.filter((r) => r.path === '/kling/videos')) {
        const body = request.body as Record<string, unknown>;
        expect(validateSubmission(body), JSON.stringify(body)).toBeNull();
        const press = pressed.get(String(body['prompt']));
        expect(press, `unexpected submission ${JSON.stringify(body)}`).toBeDefined();
        // A combination accepted in full goes out exactly as set.
        if (press?.valid)
          expect(body).toMatchObject(intendedBody(press.combo, String(body['prompt'])));
      }
      await expect
        .poll(
          () =>
            app.services.jobs
              .list()
              .filter((job) => job.state === 'queued' || job.state === 'submitting').length,
        )
        .toBe(0);
      const jobs = app.services.jobs.list();
      expect(jobs).toHaveLength(pressed.size);
      expect(
        jobs.filter((job) => job.state === 'failed' || job.error?.code === 'bad_request'),
      ).toEqual([]);
    },
  );
});
