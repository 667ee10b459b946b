/// <reference lib="dom" />
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAceData, type FakeAceData } from '../fixtures/fake-acedata/server';
import { writeImageCases, type ImageCases } from '../fixtures/images/test-images';
import { launchApp, type LaunchedApp } from './harness';

const TOKEN = 'sk-test-dialogs-3c59dc048e88-DLGS';
const PLATFORM_TOKEN = 'platform-e2e-dialogs-7f6ffaa6bb0b-PLAT';

/**
 * Every modal in real Chromium, where `showModal()`, the top layer and its inert backdrop are
 * the browser's own: each opens as a modal, keeps Tab inside, closes on Escape without acting,
 * and gives focus back to the control that opened it.
 */
describe('dialogs, in Chromium', () => {
  let api: FakeAceData;
  let app: LaunchedApp;
  let dir: string;
  let cases: ImageCases;

  beforeAll(async () => {
    api = await startFakeAceData({ taskDurationMs: 300, validToken: TOKEN });
    dir = await mkdtemp(join(tmpdir(), 'kling-e2e-dialogs-'));
    cases = await writeImageCases(join(dir, 'pictures'));
    app = await launchApp({
      apiBaseUrl: api.url,
      dataDir: join(dir, 'data'),
      platformToken: PLATFORM_TOKEN,
    });
    await app.services.tokens.save(TOKEN);
    await app.page.reload();
  });

  afterAll(async () => {
    await app?.close();
    await api?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const composer = () => app.page.getByRole('form', { name: 'Composer' });
  const jobs = () => app.page.getByRole('region', { name: 'Jobs' });
  const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

  /**
   * Opens a dialog with a real click on `opener`, checks it is modal and traps Tab, presses
   * Escape, and checks the dialog is gone and focus is back on the opener.
   */
  async function escapeReturnsFocus(opener: Locator, dialog: Locator): Promise<void> {
    await opener.click();
    await dialog.waitFor();
    expect(await dialog.evaluate((el) => el.tagName === 'DIALOG' && el.matches(':modal'))).toBe(
      true,
    );
    // Past the last control Chromium may hand focus to the browser itself (the page's body is
    // active then); what must never happen is a control behind the dialog taking it.
    const outside: string[] = [];
    for (let step = 0; step < 13; step += 1) {
      await app.page.keyboard.press('Tab');
      const stray = await dialog.evaluate((el) => {
        const active = document.activeElement;
        return active && active !== document.body && !el.contains(active) ? active.outerHTML : null;
      });
      if (stray) outside.push(stray);
    }
    expect(outside).toEqual([]);
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await isFocused(opener)).toBe(true);
  }

  it('Settings', async () => {
    await escapeReturnsFocus(
      app.page.getByRole('button', { name: 'Settings', exact: true }),
      app.page.getByRole('dialog', { name: 'Settings' }),
    );
  });

  it('the upload consent, which Escape answers with no upload', async () => {
    await composer().getByRole('radio', { name: 'Image to video' }).check();
    app.setPickedFile(cases.png640x360);
    const start = composer().getByRole('region', { name: 'Start frame' });
    await escapeReturnsFocus(
      start.getByRole('button', { name: 'Choose file…' }),
      app.page.getByRole('alertdialog', { name: 'Publish this image?' }),
    );
    expect(api.requests.filter((r) => r.path.startsWith('/api/v1/files'))).toEqual([]);
    await composer().getByRole('radio', { name: 'Text to video' }).check();
  });

  it('retry anyway, which Escape answers with no second submission', async () => {
    api.failNext('/kling/videos', { reset: 'after' });
    await composer().getByLabel('Prompt', { exact: true }).fill('An answer lost on the way');
    await composer().getByRole('button', { name: 'Generate' }).click();
    const row = jobs().getByRole('listitem').filter({ hasText: 'An answer lost on the way' });
    await escapeReturnsFocus(
      row.getByRole('button', { name: /^Retry anyway…/ }),
      app.page.getByRole('alertdialog', { name: 'Send this job again?' }),
    );
    expect(api.requests.filter((r) => r.path === '/kling/videos')).toHaveLength(1);
  });

  it('deleting a clip and deleting a project, which Escape leaves in place', async () => {
    await composer().getByLabel('Prompt', { exact: true }).fill('A clip to keep');
    await composer().getByRole('button', { name: 'Generate' }).click();
    const library = app.page.getByRole('region', { name: 'Library' });
    const card = library.getByRole('button', { name: /^Play clip: A clip to keep/ });
    await card.waitFor({ timeout: 20_000 });
    await card.click();
    const detail = app.page.getByRole('complementary', { name: 'Selected clip' });
    await escapeReturnsFocus(
      detail.getByRole('button', { name: 'Delete…' }),
      app.page.getByRole('alertdialog', { name: 'Delete this clip?' }),
    );
    await escapeReturnsFocus(
      app.page.getByRole('button', { name: 'Delete project…' }),
      app.page.getByRole('alertdialog', { name: /^Delete the project/ }),
    );
    await card.waitFor();
  });
});
