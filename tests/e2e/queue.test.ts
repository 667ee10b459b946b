import type { Locator } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeAceData } from '../fixtures/fake-acedata/server';
import type { LaunchedApp } from './harness';
import { openStudio, type Studio } from './studio';

const TOKEN = 'sk-test-queue-8d2e61b0c4a9-QUEU';

describe('the submission queue, in Chromium', () => {
  let studio: Studio;
  let api: FakeAceData;
  let app: LaunchedApp;

  beforeEach(async () => {
    studio = await openStudio({ api: { taskDurationMs: 60_000, validToken: TOKEN }, token: TOKEN });
    ({ api, app } = studio);
  });

  afterEach(() => studio?.close());

  /** The prompts of every submission the fake AceData received, in arrival order. */
  const submitted = () =>
    api.requests
      .filter((r) => r.method === 'POST' && r.path === '/kling/videos')
      .map((r) => (r.body as { prompt?: string }).prompt);
  const jobs = () => app.page.getByRole('region', { name: 'Jobs' });
  const composer = () => app.page.getByRole('form', { name: 'Composer' });
  const generate = () => composer().getByRole('button', { name: 'Generate' });
  const prompts = (list: Locator) => list.locator('.job-prompt').allTextContents();

  it('sends one job for a double click and for two quick clicks', { timeout: 30_000 }, async () => {
    await composer().getByLabel('Prompt', { exact: true }).fill('A lighthouse in a storm');
    await generate().dblclick();
    await expect.poll(submitted).toEqual(['A lighthouse in a storm']);

    await composer().getByLabel('Prompt', { exact: true }).fill('Two quick clicks');
    const box = await generate().boundingBox();
    if (!box) throw new Error('Generate is not on screen');
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await app.page.mouse.click(x, y);
    await app.page.mouse.click(x, y);
    await expect.poll(submitted).toEqual(['A lighthouse in a storm', 'Two quick clicks']);

    // Nothing is left that could send: a count taken now is final.
    await app.whenIdle();
    expect(submitted()).toHaveLength(2);
    expect(await jobs().getByRole('listitem').count()).toBe(2);
  });

  it(
    'holds paused jobs, and sends the rest in the order the user set',
    { timeout: 30_000 },
    async () => {
      await jobs().getByRole('button', { name: 'Pause queue' }).click();
      await jobs().getByRole('button', { name: 'Resume queue' }).waitFor();
      await jobs().getByText('Queue paused: queued jobs wait until you resume.').waitFor();

      const waiting = jobs().getByRole('list', { name: 'Waiting to send' });
      for (const prompt of ['First prompt', 'Second prompt', 'Third prompt']) {
        await composer().getByLabel('Prompt', { exact: true }).fill(prompt);
        await generate().click();
        await waiting.getByText(prompt).waitFor();
      }
      expect(await prompts(waiting)).toEqual(['First prompt', 'Second prompt', 'Third prompt']);
      await jobs().getByText('0 of 5 running · 3 waiting').waitFor();

      const moveUp = jobs().getByRole('button', { name: /^Move up: Third prompt/ });
      await moveUp.click();
      await expect
        .poll(() => prompts(waiting))
        .toEqual(['First prompt', 'Third prompt', 'Second prompt']);
      await moveUp.click();
      await expect
        .poll(() => prompts(waiting))
        .toEqual(['Third prompt', 'First prompt', 'Second prompt']);
      expect(await moveUp.isDisabled()).toBe(true);
      // Focus stays in the row that moved, on the control that still works.
      const focused = await app.page.evaluate(() =>
        document.activeElement?.getAttribute('aria-label'),
      );
      expect(focused).toMatch(/^Move down: Third prompt/);
      expect(await waiting.getByRole('listitem').first().textContent()).toContain('#1 in queue');

      await jobs()
        .getByRole('button', { name: /^Remove from queue: First prompt/ })
        .click();
      await expect.poll(() => prompts(waiting)).toEqual(['Third prompt', 'Second prompt']);
      expect(submitted()).toEqual([]);

      await jobs().getByRole('button', { name: 'Resume queue' }).click();
      await expect.poll(submitted).toEqual(['Third prompt', 'Second prompt']);
      // Nothing is left that could send: a count taken now is final.
      await app.whenIdle();
      expect(submitted()).toEqual(['Third prompt', 'Second prompt']);
    },
  );

  it(
    'never resends a submission whose answer was lost, until the user says so',
    { timeout: 30_000 },
    async () => {
      // AceData makes the task, then the connection drops before the answer arrives.
      api.failNext('/kling/videos', { reset: 'after' });
      await composer().getByLabel('Prompt', { exact: true }).fill('An answer lost on the way');
      await generate().click();

      const row = jobs().getByRole('listitem').filter({ hasText: 'An answer lost on the way' });
      await row.getByText('Unknown — may have been sent').waitFor();
      expect(submitted()).toHaveLength(1);
      expect(api.tasks.size).toBe(1);
      // Nothing is left that could send: a count taken now is final.
      await app.whenIdle();
      expect(submitted()).toHaveLength(1);

      await row.getByRole('button', { name: /^Retry anyway…/ }).click();
      const dialog = app.page.getByRole('alertdialog', { name: 'Send this job again?' });
      await dialog.getByText(/may charge you twice/).waitFor();
      await dialog.getByRole('button', { name: 'Send again' }).click();
      await dialog.waitFor({ state: 'detached' });

      await expect
        .poll(submitted)
        .toEqual(['An answer lost on the way', 'An answer lost on the way']);
      // Nothing is left that could send: a count taken now is final.
      await app.whenIdle();
      expect(submitted()).toHaveLength(2);
      expect(await jobs().locator('[data-state="unknown"]').count()).toBe(0);
    },
  );
});
