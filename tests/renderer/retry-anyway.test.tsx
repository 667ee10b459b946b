import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { Job } from '../../shared/domain';
import { isShownModal } from './dialog-polyfill';
import { deferred } from './fake-kling';
import { job } from './fixtures';
import { renderApp } from './render-app';

const uncertain = job({
  id: 'u1',
  prompt: 'Maybe sent',
  state: 'unknown',
  error: { code: 'submission_uncertain', message: 'The connection broke.', traceId: null },
});

const retried: Job = {
  ...uncertain,
  state: 'queued',
  error: null,
  updatedAt: '2025-01-01T10:09:00.000Z',
};

function setup(retryAnswer: () => Job | Promise<Job> = () => retried) {
  return renderApp({
    'jobs:list': () => [uncertain],
    'jobs:retry': retryAnswer,
    'jobs:remove': () => ({ removed: true }),
  });
}

async function openConfirm(user: ReturnType<typeof setup>['user']) {
  const jobs = screen.getByRole('region', { name: 'Jobs' });
  const opener = await within(jobs).findByRole('button', { name: /^Retry anyway…: Maybe sent/ });
  expect(opener.textContent).toBe('Retry anyway…');
  await user.click(opener);
  return { opener, dialog: screen.getByRole('alertdialog', { name: 'Send this job again?' }) };
}

describe('Retry anyway', () => {
  test('asks first, explaining the possible second charge; Cancel sends nothing', async () => {
    const { fake, user } = setup();
    const { opener, dialog } = await openConfirm(user);
    expect(fake.callsTo('jobs:retry')).toEqual([]);
    expect(isShownModal(dialog)).toBe(true);
    const description = document.getElementById(dialog.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toMatch(/AceData may already be making this video/);
    expect(description?.textContent).toMatch(/charge you twice/);
    // Focus starts on the choice that costs nothing.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(fake.callsTo('jobs:retry')).toEqual([]);
    expect(document.activeElement).toBe(opener);
  });

  test('Escape cancels too', async () => {
    const { fake, user } = setup();
    await openConfirm(user);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(fake.callsTo('jobs:retry')).toEqual([]);
  });

  test('Send again retries once, accepting the possible charge', async () => {
    const answer = deferred<Job>();
    const { fake, user } = setup(() => answer.promise);
    const { dialog } = await openConfirm(user);
    await user.dblClick(within(dialog).getByRole('button', { name: 'Send again' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    answer.resolve(retried);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(fake.callsTo('jobs:retry')).toEqual([{ jobId: 'u1', acceptPossibleCharge: true }]);
    const jobs = screen.getByRole('region', { name: 'Jobs' });
    expect(within(jobs).getByText('Queued')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Jobs');
  });

  test('an unknown job can be dismissed without a retry', async () => {
    const { fake, user } = setup();
    const jobs = screen.getByRole('region', { name: 'Jobs' });
    await user.click(await within(jobs).findByRole('button', { name: /^Dismiss: Maybe sent/ }));
    expect(fake.callsTo('jobs:remove')).toEqual([{ jobId: 'u1' }]);
    expect(fake.callsTo('jobs:retry')).toEqual([]);
  });
});
