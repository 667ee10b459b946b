import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { JobState } from '../../shared/domain';
import { JobQueue } from '../../renderer/src/features/jobs/JobQueue';
import { useJobsStore } from '../../renderer/src/stores/jobs-store';
import { job } from './fixtures';
import { renderApp } from './render-app';

const expected: [JobState, string][] = [
  ['queued', 'Queued'],
  ['submitting', 'Submitting'],
  ['submitted', 'Generating'],
  ['running', 'Generating'],
  ['succeeded', 'Generated'],
  ['downloading', 'Downloading'],
  ['ready', 'Ready'],
  ['failed', 'Failed'],
  ['unknown', 'Unknown — may have been sent'],
];

function seed(...jobs: ReturnType<typeof job>[]) {
  for (const item of jobs) useJobsStore.getState().upsert(item);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Job queue', () => {
  test.each(expected)('labels a %s job "%s"', (state, label) => {
    seed(job({ state, prompt: `Job in ${state}` }));
    render(<JobQueue />);
    const item = within(screen.getByRole('region', { name: 'Jobs' })).getByRole('listitem');
    const stateLabel = item.querySelector('[data-state]');
    expect(stateLabel?.getAttribute('data-state')).toBe(state);
    expect(stateLabel?.textContent).toBe(label);
    expect(item.textContent).toContain(`Job in ${state}`);
    // The model by its name, not its id.
    expect(item.textContent).toContain('Kling 1.0');
    expect(item.textContent).not.toContain('kling-v1');
  });

  test('shows download progress when the size is known', () => {
    seed(
      job({ state: 'downloading', download: { receivedBytes: 512, totalBytes: 2048 } }),
      job({ state: 'downloading', download: { receivedBytes: 512, totalBytes: null } }),
    );
    render(<JobQueue />);
    const labels = screen
      .getAllByRole('listitem')
      .map((item) => item.querySelector('[data-state]')?.textContent);
    expect(labels.sort()).toEqual(['Downloading', 'Downloading 25%']);
  });

  test('shows a failure with its message and trace id', () => {
    seed(
      job({
        state: 'failed',
        error: {
          code: 'task_failed',
          message: 'Kling could not make this video.',
          traceId: 'tr-5',
        },
      }),
    );
    render(<JobQueue />);
    const item = screen.getByRole('listitem');
    expect(item.textContent).toContain('Kling could not make this video.');
    expect(item.textContent).toContain('Trace id: tr-5');
  });

  test('shows the time since a running job was created', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-01-01T10:01:05.000Z'));
    seed(job({ state: 'running', createdAt: '2025-01-01T10:00:00.000Z' }));
    render(<JobQueue />);
    expect(screen.getByRole('listitem').textContent).toContain('1m 05s');
  });

  test('lists the newest finished job first and truncates long prompts', () => {
    seed(
      job({ state: 'ready', prompt: 'older', createdAt: '2025-01-01T09:00:00.000Z' }),
      job({ state: 'ready', prompt: 'x'.repeat(300), createdAt: '2025-01-01T11:00:00.000Z' }),
    );
    render(<JobQueue />);
    const [first, second] = screen.getAllByRole('listitem');
    expect(first?.textContent).toContain('x'.repeat(80));
    expect(first?.textContent).not.toContain('x'.repeat(91));
    expect(second?.textContent).toContain('older');
  });

  test('updates a job from jobs:changed and announces the new state politely', async () => {
    const started = job({ id: 'j1', prompt: 'Snowfall', state: 'running' });
    const { fake } = renderApp({ 'jobs:list': () => [started] });
    const queue = screen.getByRole('region', { name: 'Jobs' });
    await within(queue).findByText('Generating');

    act(() =>
      fake.emit('jobs:changed', {
        ...started,
        state: 'ready',
        updatedAt: '2025-01-01T10:03:00.000Z',
      }),
    );
    expect(within(queue).getAllByRole('listitem')).toHaveLength(1);
    expect(within(queue).getByText('Ready').getAttribute('data-state')).toBe('ready');
    const live = within(queue).getByText('Ready: Snowfall');
    expect(live.getAttribute('role')).toBe('status');
    expect(live.getAttribute('aria-live')).toBe('polite');
  });

  test('never lets an older copy of a job replace a newer one', () => {
    const newer = job({ id: 'j2', state: 'ready', updatedAt: '2025-01-01T10:05:00.000Z' });
    seed(newer, { ...newer, state: 'running', updatedAt: '2025-01-01T10:01:00.000Z' });
    render(<JobQueue />);
    expect(screen.getByText('Ready')).toBeTruthy();
  });
});
