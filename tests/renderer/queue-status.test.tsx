import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { AppError } from '../../shared/app-error';
import type { QueueStatus } from '../../shared/domain';
import { deferred } from './fake-kling';
import { job, queueStatus, tokenStatus } from './fixtures';
import { renderApp } from './render-app';

const AUTH = 'AceData refused your API token. Nothing is sent or checked until you replace it';
const OFFLINE = 'Offline — waiting for a connection. Your library still works.';
const PAUSED = 'Queue paused: queued jobs wait until you resume.';

function jobsRegion() {
  return screen.getByRole('region', { name: 'Jobs' });
}

describe('Queue status', () => {
  test('shows how full the queue is, and follows jobs:queue', async () => {
    const { fake } = renderApp({
      'jobs:queueStatus': () => queueStatus({ inFlight: 2, maxInFlight: 5, queued: 3 }),
    });
    await within(jobsRegion()).findByText('2 of 5 running · 3 waiting');
    act(() => fake.emit('jobs:queue', queueStatus({ inFlight: 1, maxInFlight: 5, queued: 0 })));
    expect(within(jobsRegion()).getByText('1 of 5 running · 0 waiting')).toBeTruthy();
  });

  test('a new job is counted as waiting once main has it', async () => {
    let queued = 0;
    const { user } = renderApp({
      'token:status': () => tokenStatus({ hasToken: true, last4: 'abcd', storage: 'keychain' }),
      'jobs:queueStatus': () => queueStatus({ paused: true, queued }),
      'jobs:submit': () => {
        queued += 1;
        return job({ state: 'queued', queuePosition: 0 });
      },
    });
    await within(jobsRegion()).findByText('0 of 5 running · 0 waiting');
    const composer = screen.getByRole('form', { name: 'Composer' });
    await user.type(within(composer).getByLabelText('Prompt'), 'Held back');
    await user.click(within(composer).getByRole('button', { name: 'Generate' }));
    await within(jobsRegion()).findByText('0 of 5 running · 1 waiting');
  });

  test('a refused token: an alert above the panes whose button opens Settings, and a red badge', async () => {
    const { fake, user } = renderApp({
      'token:status': () => tokenStatus({ hasToken: true, last4: '9999', storage: 'keychain' }),
      'jobs:queueStatus': () => queueStatus({ authRequired: true }),
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(AUTH);
    // Outside every pane, so no pane's scroll position can hide it.
    expect(alert.closest('.pane')).toBeNull();
    const badge = await screen.findByText('Token …9999 refused');
    expect(badge.className).toContain('badge-refused');
    expect(screen.getByRole('button', { name: 'Settings' })).toBeTruthy();

    await user.click(within(alert).getByRole('button', { name: 'Replace token' }));
    expect(screen.getByRole('dialog', { name: 'Settings' })).toBeTruthy();

    act(() => fake.emit('jobs:queue', queueStatus()));
    expect(screen.queryByText(AUTH, { exact: false })).toBeNull();
    expect(screen.getByText('Token …9999').className).toContain('badge-ok');
  });

  test.each<[keyof QueueStatus, string]>([
    ['offline', OFFLINE],
    ['paused', PAUSED],
  ])('%s shows a polite status banner', async (flag, text) => {
    const { fake } = renderApp();
    await waitFor(() => expect(fake.callsTo('jobs:queueStatus')).toHaveLength(1));
    expect(within(jobsRegion()).queryByText(text)).toBeNull();

    act(() => fake.emit('jobs:queue', queueStatus({ [flag]: true })));
    const banner = within(jobsRegion()).getByText(text);
    expect(banner.closest('[role="status"]')).not.toBeNull();
    expect(within(jobsRegion()).queryByRole('alert')).toBeNull();
    expect(screen.queryByText(AUTH, { exact: false })).toBeNull();

    act(() => fake.emit('jobs:queue', queueStatus()));
    expect(within(jobsRegion()).queryByText(text)).toBeNull();
  });

  test('Pause calls jobs:pause, and the button flips when main reports the new state', async () => {
    const pauseAnswer = deferred<QueueStatus>();
    const resumeAnswer = deferred<QueueStatus>();
    const { fake, user } = renderApp({
      'jobs:pause': () => pauseAnswer.promise,
      'jobs:resume': () => resumeAnswer.promise,
    });
    const region = jobsRegion();
    await user.click(within(region).getByRole('button', { name: 'Pause queue' }));
    expect(fake.callsTo('jobs:pause')).toEqual([{}]);
    expect(fake.callsTo('jobs:resume')).toEqual([]);

    // The event alone flips it, while the pause answer is still on its way.
    act(() => fake.emit('jobs:queue', queueStatus({ paused: true })));
    const resume = within(region).getByRole('button', { name: 'Resume queue' });
    expect(within(region).queryByRole('button', { name: 'Pause queue' })).toBeNull();
    pauseAnswer.resolve(queueStatus({ paused: true }));

    await waitFor(() => expect((resume as HTMLButtonElement).disabled).toBe(false));
    await user.click(resume);
    expect(fake.callsTo('jobs:resume')).toEqual([{}]);
    expect(fake.callsTo('jobs:pause')).toHaveLength(1);
    act(() => fake.emit('jobs:queue', queueStatus({ paused: false })));
    expect(within(region).getByRole('button', { name: 'Pause queue' })).toBeTruthy();
  });

  test('a slow first status answer does not undo a newer jobs:queue event', async () => {
    const first = deferred<QueueStatus>();
    const { fake } = renderApp({ 'jobs:queueStatus': () => first.promise });
    act(() => fake.emit('jobs:queue', queueStatus({ paused: true })));
    first.resolve(queueStatus({ paused: false }));
    await act(async () => first.promise);
    expect(within(jobsRegion()).getByRole('button', { name: 'Resume queue' })).toBeTruthy();
  });

  test('a refused pause is shown as an alert beside the queue', async () => {
    const { user } = renderApp({
      'jobs:pause': () => {
        throw new AppError('internal', 'The queue could not be saved. Try again.', 'tr-p1');
      },
    });
    await user.click(within(jobsRegion()).getByRole('button', { name: 'Pause queue' }));
    const alert = await within(jobsRegion()).findByRole('alert');
    expect(alert.textContent).toContain('The queue could not be saved. Try again.');
    expect(alert.textContent).toContain('Trace id: tr-p1');
  });
});
