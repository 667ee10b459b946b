import { act, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { PendingCards } from '../../renderer/src/features/library/PendingCards';
import { applyLanguage } from '../../renderer/src/i18n/language';
import { useJobsStore } from '../../renderer/src/stores/jobs-store';
import { wordingText, worded } from '../../shared/wording';
import { job, queueStatus } from './fixtures';
import { renderApp } from './render-app';

const NOW = () => new Date().toISOString();
const HOLD = 'Daily budget reached: about 305 of 300 credits spent today.';

function strip() {
  return screen.getByRole('region', { name: 'Job progress' });
}

function stripEntry(prompt: string): HTMLElement {
  const entry = within(strip())
    .getAllByRole('listitem')
    .find((item) => item.textContent?.includes(prompt));
  if (!entry) throw new Error(`no strip entry for ${prompt}`);
  return entry;
}

describe('a budget hold is said where the person is looking', () => {
  test('above the panes, with Open budget settings, and not inside the Jobs panel', async () => {
    const { fake, user } = renderApp();
    act(() => fake.emit('jobs:queue', queueStatus({ queued: 1, budgetHold: HOLD })));
    const banner = await screen.findByRole('alert', { name: '' });
    expect(banner.textContent).toContain(HOLD);
    const jobsPanel = screen.getByRole('region', { name: 'Jobs' });
    expect(jobsPanel.contains(banner)).toBe(false);
    // Drawn before the panes, as the refused-token banner is.
    const panes = document.querySelector('.workspace')!;
    expect(banner.compareDocumentPosition(panes) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(within(banner).getByRole('button', { name: 'Open budget settings' }));
    expect(await screen.findByRole('heading', { name: 'Prices and budget' })).toBeTruthy();
  });

  test('a held job in the strip says it is held by the budget, without a moving bar', async () => {
    const waiting = job({ prompt: 'A red kite', state: 'queued', createdAt: NOW() });
    const { fake } = renderApp({ 'jobs:list': () => [waiting] });
    await within(strip()).findByRole('listitem');
    expect(stripEntry('A red kite').querySelector('[data-state]')?.textContent).toBe('Queued');

    act(() => fake.emit('jobs:queue', queueStatus({ queued: 1, budgetHold: HOLD })));
    const entry = stripEntry('A red kite');
    expect(entry.querySelector('[data-state]')?.textContent).toBe('Held: daily budget');
    expect(within(entry).queryByRole('progressbar')).toBeNull();

    act(() => fake.emit('jobs:queue', queueStatus({ queued: 1 })));
    expect(stripEntry('A red kite').querySelector('[data-state]')?.textContent).toBe('Queued');
  });

  test('in Chinese, the held job says so in Chinese', async () => {
    const waiting = job({ prompt: 'A red kite', state: 'queued', createdAt: NOW() });
    const { fake } = renderApp({ 'jobs:list': () => [waiting] });
    await within(strip()).findByRole('listitem');
    act(() => fake.emit('jobs:queue', queueStatus({ queued: 1, budgetHold: HOLD })));
    await act(() => applyLanguage('zh-CN'));
    await waitFor(() =>
      expect(document.querySelector('[data-strip-job] [data-state]')?.textContent).toBe(
        '已暂停：已达每日预算',
      ),
    );
    await act(() => applyLanguage('en'));
  });
});

describe('the strip gives the way on for a job that ended badly', () => {
  test('a job that may have been sent offers Show in Jobs, which lands on its entry there', async () => {
    const unsure = job({
      prompt: 'A paper boat',
      state: 'unknown',
      createdAt: NOW(),
      updatedAt: NOW(),
    });
    const { user } = renderApp({ 'jobs:list': () => [unsure] });
    await within(strip()).findByRole('listitem');
    const entry = stripEntry('A paper boat');
    expect(entry.textContent).toContain('Unknown — may have been sent');
    await user.click(within(entry).getByRole('button', { name: 'Show in Jobs: A paper boat' }));
    const focused = document.activeElement as HTMLElement;
    expect(screen.getByRole('region', { name: 'Jobs' }).contains(focused)).toBe(true);
    expect(focused.textContent).toContain('A paper boat');
    expect(within(focused).getByRole('button', { name: /Retry anyway/ })).toBeTruthy();
  });

  test('a moderation refusal shows the plain advice, not the cut provider text', async () => {
    const refused = job({
      prompt: 'A knight',
      state: 'failed',
      createdAt: NOW(),
      updatedAt: NOW(),
      error: {
        code: 'forbidden',
        message:
          'Failure: Sensitive content detected in the request, please modify and retry later',
        traceId: null,
      },
    });
    renderApp({ 'jobs:list': () => [refused] });
    await within(strip()).findByRole('listitem');
    const entry = stripEntry('A knight');
    expect(
      within(entry).getByText('Refused by moderation: change the prompt, then generate again.'),
    ).toBeTruthy();
    expect(entry.textContent).not.toContain('Failure: Sen');
  });
});

describe('the budget hold message', () => {
  test('says "credit" for a budget of 1 and "credits" otherwise', () => {
    expect(wordingText(worded('errors:budgetHold', { today: 305, count: 1, cost: 300 }))).toMatch(
      /about 305 of 1 credit spent today, and the next job would cost about 300\./,
    );
    expect(
      wordingText(worded('errors:budgetHold', { today: 1200, count: 1200, cost: 10 })),
    ).toMatch(/about 1,200 of 1,200 credits spent today/);
  });
});

describe('the placeholder card of a held job', () => {
  test('says it is held by the budget, without a moving bar', () => {
    useJobsStore.getState().upsert(job({ projectId: 'p1', state: 'queued', prompt: 'A red kite' }));
    useJobsStore.getState().setQueue(queueStatus({ queued: 1, budgetHold: HOLD }));
    render(<PendingCards projectId="p1" />);
    const card = within(screen.getByRole('list', { name: 'Being made' })).getByRole('listitem');
    expect(card.querySelector('[data-state]')?.textContent).toBe('Held: daily budget');
    expect(within(card).queryByRole('progressbar')).toBeNull();
  });
});
