/// <reference lib="dom" />
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeAceData } from '../fixtures/fake-acedata/server';
import type { LaunchedApp } from './harness';
import { openStudio, type Studio } from './studio';

const TOKEN = 'sk-test-4f1c9e2ab77d0c3e-WXYZ';

describe('the thin slice, in Chromium', () => {
  let studio: Studio;
  let api: FakeAceData;
  let app: LaunchedApp;
  let dataDir: string;

  beforeAll(async () => {
    studio = await openStudio({ api: { taskDurationMs: 800, validToken: TOKEN } });
    ({ api, app, dataDir } = studio);
  });

  afterAll(() => studio?.close());

  it('saves a token, generates a video, and plays and seeks the downloaded clip', async () => {
    const { page } = app;

    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByLabel('AceData API token').fill(TOKEN);
    await dialog.getByRole('button', { name: 'Save token' }).click();
    await expect.poll(() => dialog.getByText('…WXYZ').count()).toBeGreaterThan(0);
    expect(await dialog.getByLabel('AceData API token').inputValue()).toBe('');
    await dialog.getByRole('button', { name: 'Close' }).click();

    const composer = page.getByRole('form', { name: 'Composer' });
    await composer
      .getByLabel('Prompt', { exact: true })
      .fill('A paper boat drifting down a rainy street, cinematic');
    await composer.getByLabel('Model', { exact: true }).selectOption('kling-v2-6');
    await composer.getByRole('button', { name: 'Generate' }).click();

    const jobs = page.getByRole('region', { name: 'Jobs' });
    // The job's state is visible while it runs, then it ends ready.
    await expect
      .poll(() => jobs.locator('[data-state]').first().getAttribute('data-state'), {
        timeout: 10_000,
      })
      .toMatch(/^(submitting|submitted|running|succeeded|downloading|ready)$/);
    await expect
      .poll(() => jobs.locator('[data-state="ready"]').count(), { timeout: 20_000 })
      .toBe(1);

    const submissions = api.requests.filter((r) => r.path === '/kling/videos');
    expect(submissions).toHaveLength(1);
    expect(submissions[0]?.body).toMatchObject({
      action: 'text2video',
      model: 'kling-v2-6',
      prompt: 'A paper boat drifting down a rainy street, cinematic',
      async: true,
    });
    expect(
      api.requests.some(
        (r) =>
          r.path === '/kling/tasks' && (r.body as { action?: string }).action === 'retrieve_batch',
      ),
    ).toBe(true);

    const library = page.getByRole('region', { name: 'Library' });
    await library.getByRole('button', { name: /^Play clip: A paper boat/ }).click();
    const video = page.getByLabel('Clip player');
    await expect
      .poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(2);
    const duration = await video.evaluate((v: HTMLVideoElement) => v.duration);
    expect(duration).toBeGreaterThan(3);

    await video.evaluate((v: HTMLVideoElement) => {
      v.muted = true;
      return v.play();
    });
    await expect
      .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime))
      .toBeGreaterThan(0.1);
    const seeked = await video.evaluate(
      (v: HTMLVideoElement) =>
        new Promise<number>((done) => {
          v.addEventListener('seeked', () => done(v.currentTime), { once: true });
          v.currentTime = 2.5;
        }),
    );
    expect(seeked).toBeGreaterThanOrEqual(2.4);

    // The file on disk is byte-identical to what the server served.
    const [project] = app.services.library.listProjects();
    const [clip] = app.services.library.listClips(project!.id);
    const onDisk = await readFile((await app.services.library.resolveClipFile(clip!.id))!);
    expect(Buffer.compare(onDisk, api.videoBytes())).toBe(0);
    expect(clip!.mediaUrl).not.toContain(dataDir);
  });

  it('never lets the token into the page or any IPC answer', async () => {
    const { page } = app;
    const html = await page.content();
    const pageState = await page.evaluate(() => {
      const values: string[] = [];
      for (const key of Object.getOwnPropertyNames(window)) {
        try {
          const value = (window as unknown as Record<string, unknown>)[key];
          if (typeof value === 'string') values.push(value);
          else if (
            value &&
            typeof value === 'object' &&
            key !== 'window' &&
            key !== 'self' &&
            key !== 'top' &&
            key !== 'parent' &&
            key !== 'frames' &&
            key !== 'globalThis'
          )
            values.push(JSON.stringify(value) ?? '');
        } catch {
          // cyclic or not serialisable: not where a string would hide
        }
      }
      const inputs = [...document.querySelectorAll('input, textarea')].map(
        (el) => (el as HTMLInputElement).value,
      );
      return {
        values,
        inputs,
        local: JSON.stringify({ ...localStorage }),
        session: JSON.stringify({ ...sessionStorage }),
        cookies: document.cookie,
      };
    });
    const everything = [html, JSON.stringify(pageState), JSON.stringify(app.ipcAnswers)].join('\n');
    expect(app.ipcAnswers.length).toBeGreaterThan(3);
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain(TOKEN.slice(0, 12));
    // …while the server did receive it, so the search above looked for the right thing.
    expect(api.requests.some((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
    // The app's own log, given what a failing request would put there, keeps neither.
    app.log('request failed', { headers: { authorization: `Bearer ${TOKEN}` } });
    app.log(`retrying with ${TOKEN}`);
    await app.log.flushed();
    const log = await readFile(join(dataDir, 'logs', 'main.log'), 'utf8');
    expect(log).toContain('request failed');
    expect(log).toContain('retrying with [redacted]');
    expect(log.toLowerCase()).not.toMatch(/bearer\s+(?!\[redacted\])/);
    const files = await readdir(join(dataDir), { recursive: true });
    for (const name of files) {
      const path = join(dataDir, String(name));
      const text = await readFile(path).then(
        (b) => b.toString('latin1'),
        () => '',
      );
      expect(text.includes(TOKEN), `token found in ${path}`).toBe(false);
    }
  });
});
