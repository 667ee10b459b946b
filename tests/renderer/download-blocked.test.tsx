import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { Job } from '../../shared/domain';
import { job } from './fixtures';
import { renderApp } from './render-app';

const URL_SHOWN = 'https://v7.cdn-kling.example.net/result/a1b2.mp4?sign=xyz';
const blocked = job({
  id: 'job_blocked01',
  prompt: 'A kite over dunes',
  state: 'succeeded',
  taskId: 'task_1',
  downloadBlocked: { host: 'v7.cdn-kling.example.net', url: URL_SHOWN },
  error: {
    code: 'download_host_blocked',
    message: 'The video is made, but its address is on v7.cdn-kling.example.net.',
    traceId: null,
  },
});
const downloading: Job = { ...blocked, state: 'downloading', downloadBlocked: null, error: null };

function setup(answer: () => Job = () => downloading) {
  return renderApp({
    'jobs:list': () => [blocked],
    'jobs:allowDownloadHost': answer,
  });
}

async function openReview(user: ReturnType<typeof setup>['user']) {
  const jobs = screen.getByRole('region', { name: 'Jobs' });
  await within(jobs).findByText('Succeeded — download blocked');
  await user.click(within(jobs).getByRole('button', { name: /^Review download…: A kite/ }));
  return screen.getByRole('alertdialog', { name: 'Download from this host?' });
}

describe('a finished video whose download host is blocked', () => {
  test('the dialog shows the exact host and address; allowing asks main once for that host', async () => {
    const { fake, user } = setup();
    const dialog = await openReview(user);
    expect(within(dialog).getByText('v7.cdn-kling.example.net')).toBeTruthy();
    expect(within(dialog).getByText(URL_SHOWN)).toBeTruthy();
    expect(dialog.textContent).toMatch(/nothing is sent to AceData again/);
    // Focus starts on Cancel, the choice that changes nothing.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));

    await user.click(within(dialog).getByRole('button', { name: 'Allow for this video' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(fake.callsTo('jobs:allowDownloadHost')).toEqual([
      { jobId: 'job_blocked01', host: 'v7.cdn-kling.example.net' },
    ]);
    expect(fake.callsTo('jobs:retry')).toEqual([]);
    expect(fake.callsTo('jobs:submit')).toEqual([]);
  });

  test('Cancel allows nothing', async () => {
    const { fake, user } = setup();
    const dialog = await openReview(user);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(fake.callsTo('jobs:allowDownloadHost')).toEqual([]);
  });

  test('a refusal from main stays in the dialog, saying what happened', async () => {
    const { AppError } = await import('../../shared/app-error');
    const { user } = setup(() => {
      throw new AppError(
        'download_not_blocked',
        "This video's download is not waiting for that host.",
      );
    });
    const dialog = await openReview(user);
    await user.click(within(dialog).getByRole('button', { name: 'Allow for this video' }));
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(
      /not waiting for that host/,
    );
  });
});
