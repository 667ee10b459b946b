import { act, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AppError } from '../../shared/app-error';
import type { Job } from '../../shared/domain';
import { JobQueue } from '../../renderer/src/features/jobs/JobQueue';
import { useJobsStore } from '../../renderer/src/stores/jobs-store';
import { deferred } from './fake-kling';
import { job } from './fixtures';
import { renderApp } from './render-app';

const waiting = (id: string, prompt: string, queuePosition: number) =>
  job({ id, prompt, queuePosition, state: 'queued' });

function jobsRegion() {
  return screen.getByRole('region', { name: 'Jobs' });
}

function rowOf(prompt: string): HTMLElement {
  const row = within(jobsRegion()).getByText(prompt).closest('li');
  if (!row) throw new Error(`no row for ${prompt}`);
  return row;
}

function button(name: RegExp): HTMLButtonElement {
  return within(jobsRegion()).getByRole<HTMLButtonElement>('button', { name });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Queued jobs', () => {
  const three = () => [
    waiting('a', 'Alpha', 0),
    waiting('b', 'Bravo', 1),
    waiting('c', 'Charlie', 2),
  ];

  test('are listed in send order with their place, and the ends cannot move further', async () => {
    renderApp({ 'jobs:list': () => three().reverse() });
    const queue = await within(jobsRegion()).findByRole('list', { name: 'Waiting to send' });
    const rows = within(queue).getAllByRole('listitem');
    expect(rows.map((row) => row.querySelector('.job-prompt')?.textContent)).toEqual([
      'Alpha',
      'Bravo',
      'Charlie',
    ]);
    expect(rows[0]?.textContent).toContain('#1 in queue');
    expect(rows[2]?.textContent).toContain('#3 in queue');
    expect(button(/^Move up: Alpha/).disabled).toBe(true);
    expect(button(/^Move down: Alpha/).disabled).toBe(false);
    expect(button(/^Move up: Charlie/).disabled).toBe(false);
    expect(button(/^Move down: Charlie/).disabled).toBe(true);
  });

  test('Move up and Move down send the new position and show main’s new order', async () => {
    let order = three();
    const { fake, user } = renderApp({
      'jobs:list': () => order,
      'jobs:move': ({ jobId, toPosition }) => {
        const moving = order.find((j) => j.id === jobId) as Job;
        const rest = order.filter((j) => j.id !== jobId);
        rest.splice(toPosition, 0, moving);
        order = rest.map((j, queuePosition) => ({ ...j, queuePosition }));
        return order;
      },
    });
    await within(jobsRegion()).findByText('Charlie');
    await user.click(button(/^Move up: Charlie/));
    expect(fake.callsTo('jobs:move')).toEqual([{ jobId: 'c', toPosition: 1 }]);
    await waitFor(() => expect(rowOf('Charlie').textContent).toContain('#2 in queue'));
    expect(document.activeElement).toBe(button(/^Move up: Charlie/));

    await user.click(button(/^Move down: Alpha/));
    expect(fake.callsTo('jobs:move')[1]).toEqual({ jobId: 'a', toPosition: 1 });
    await waitFor(() => expect(rowOf('Alpha').textContent).toContain('#2 in queue'));
    expect(rowOf('Charlie').textContent).toContain('#1 in queue');
    expect(button(/^Move up: Charlie/).disabled).toBe(true);
  });

  test('Remove from queue calls jobs:remove and the row goes', async () => {
    const { fake, user } = renderApp({
      'jobs:list': () => three(),
      'jobs:remove': () => ({ removed: true }),
    });
    await user.click(
      await within(jobsRegion()).findByRole('button', { name: /^Remove from queue: Bravo/ }),
    );
    expect(fake.callsTo('jobs:remove')).toEqual([{ jobId: 'b' }]);
    await waitFor(() => expect(within(jobsRegion()).queryByText('Bravo')).toBeNull());
    expect(rowOf('Charlie').textContent).toContain('#2 in queue');
    expect(button(/^Move down: Charlie/).disabled).toBe(true);
  });

  test('a job main would not remove stays, with an alert', async () => {
    const { user } = renderApp({
      'jobs:list': () => three(),
      'jobs:remove': () => ({ removed: false }),
    });
    await user.click(
      await within(jobsRegion()).findByRole('button', { name: /^Remove from queue: Alpha/ }),
    );
    const alert = await within(jobsRegion()).findByRole('alert');
    expect(alert.textContent).toMatch(/could not be removed/);
    expect(within(jobsRegion()).getByText('Alpha')).toBeTruthy();
  });

  test('a refused move is shown as an alert beside the queue', async () => {
    const { user } = renderApp({
      'jobs:list': () => three(),
      'jobs:move': () => {
        throw new AppError('not_queued', 'Only jobs that are still waiting can be moved.');
      },
    });
    await user.click(
      await within(jobsRegion()).findByRole('button', { name: /^Move down: Alpha/ }),
    );
    const alert = await within(jobsRegion()).findByRole('alert');
    expect(alert.textContent).toContain('Only jobs that are still waiting can be moved.');
  });
});

describe('Finished jobs', () => {
  test('a failed job is retried once per press, without accepting a charge', async () => {
    const failed = job({ id: 'f1', prompt: 'Broken', state: 'failed' });
    const answer = deferred<Job>();
    const { fake, user } = renderApp({
      'jobs:list': () => [failed],
      'jobs:retry': () => answer.promise,
    });
    await user.dblClick(
      await within(jobsRegion()).findByRole('button', { name: /^Retry: Broken/ }),
    );
    expect(fake.callsTo('jobs:retry')).toEqual([{ jobId: 'f1', acceptPossibleCharge: false }]);
    answer.resolve({ ...failed, state: 'queued', updatedAt: '2025-01-01T10:09:00.000Z' });
    await within(jobsRegion()).findByText('Queued');
    expect(fake.callsTo('jobs:remove')).toEqual([]);
  });

  test('Dismiss removes a failed or ready job; a ready job offers nothing else', async () => {
    const { fake, user } = renderApp({
      'jobs:list': () => [
        job({ id: 'f2', prompt: 'Failed one', state: 'failed' }),
        job({ id: 'r1', prompt: 'Done one', state: 'ready' }),
      ],
      'jobs:remove': () => ({ removed: true }),
    });
    const ready = await within(jobsRegion()).findByText('Done one');
    const readyRow = ready.closest('li') as HTMLElement;
    expect(
      within(readyRow)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Dismiss']);
    await user.click(button(/^Dismiss: Failed one/));
    await user.click(button(/^Dismiss: Done one/));
    expect(fake.callsTo('jobs:remove')).toEqual([{ jobId: 'f2' }, { jobId: 'r1' }]);
    await waitFor(() => expect(within(jobsRegion()).queryAllByRole('listitem')).toHaveLength(0));
  });

  test('shows a note and a stalled badge', async () => {
    renderApp({
      'jobs:list': () => [
        job({ prompt: 'Slow one', state: 'running', stalled: true }),
        job({
          prompt: 'Half there',
          state: 'downloading',
          note: 'The disk is full. Free some space; the download goes on by itself.',
          download: { receivedBytes: 50, totalBytes: 100 },
        }),
      ],
    });
    const slow = rowOf((await within(jobsRegion()).findByText('Slow one')).textContent ?? '');
    expect(within(slow).getByText('Stalled — still checking')).toBeTruthy();
    const half = rowOf('Half there');
    expect(half.textContent).toContain('The disk is full. Free some space');
    expect(half.textContent).toContain('Downloading 50%');
    expect(within(half).queryByText('Stalled — still checking')).toBeNull();
  });

  test('an open job counts up each second; a finished one shows how long it took', async () => {
    vi.useFakeTimers({
      toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
    });
    vi.setSystemTime(new Date('2025-01-01T10:05:00.000Z'));
    useJobsStore.getState().upsert(
      job({
        prompt: 'Took a while',
        state: 'ready',
        createdAt: '2025-01-01T10:00:00.000Z',
        updatedAt: '2025-01-01T10:02:07.000Z',
      }),
    );
    render(<JobQueue />);
    expect(rowOf('Took a while').textContent).toContain('Took 2m 07s');
    // Nothing was open for a minute, so nothing ticked; a new job must not inherit that.
    act(() => vi.advanceTimersByTime(60_000));
    act(() => {
      useJobsStore
        .getState()
        .upsert(
          job({ prompt: 'Ticking', state: 'running', createdAt: '2025-01-01T10:05:55.000Z' }),
        );
    });
    act(() => vi.advanceTimersByTime(0));
    expect(rowOf('Ticking').textContent).toContain('Elapsed 5s');
    act(() => vi.advanceTimersByTime(2_000));
    expect(rowOf('Ticking').textContent).toContain('Elapsed 7s');
    expect(rowOf('Took a while').textContent).toContain('Took 2m 07s');
  });
});
