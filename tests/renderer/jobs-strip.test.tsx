import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { ClipDetailSchema } from '../../shared/domain';
import { JobsStrip } from '../../renderer/src/features/jobs/JobsStrip';
import { JobQueue } from '../../renderer/src/features/jobs/JobQueue';
import { PendingCards } from '../../renderer/src/features/library/PendingCards';
import { useJobsStore } from '../../renderer/src/stores/jobs-store';
import {
  selectPendingJobs,
  selectStripJobs,
  STRIP_LIMIT,
} from '../../renderer/src/stores/job-views';
import { useLibraryStore } from '../../renderer/src/stores/library-store';
import { clip, job } from './fixtures';
import { renderApp } from './render-app';

const NOW = new Date().toISOString();

function seed(...jobs: ReturnType<typeof job>[]) {
  for (const item of jobs) useJobsStore.getState().upsert(item);
}

describe('the jobs strip', () => {
  test('shows an open job with its stage, elapsed time and a progress bar', () => {
    seed(job({ state: 'running', prompt: 'A fox in the snow', createdAt: NOW, updatedAt: NOW }));
    render(<JobsStrip />);
    const strip = screen.getByRole('region', { name: 'Job progress' });
    const entry = within(strip).getByRole('listitem');
    expect(entry.querySelector('[data-state]')?.textContent).toBe('Generating');
    expect(entry.textContent).toMatch(/Elapsed \d+s/);
    expect(
      within(entry).getByRole('progressbar', { name: 'Progress: A fox in the snow' }),
    ).toBeTruthy();
  });

  test('shows the downloaded share of a download whose size is known', () => {
    seed(
      job({
        state: 'downloading',
        prompt: 'Waves',
        createdAt: NOW,
        download: { receivedBytes: 300, totalBytes: 1200 },
      }),
    );
    render(<JobsStrip />);
    const bar = screen.getByRole('progressbar', { name: 'Download progress: Waves' });
    expect(bar.getAttribute('value')).toBe('25');
  });

  test('leaves jobs that ended before the window opened to the queue panel', () => {
    seed(job({ state: 'ready', prompt: 'Old one', clipId: 'c-old' }));
    render(<JobsStrip />);
    expect(screen.queryByRole('listitem')).toBeNull();
    expect(screen.getByText(/Press Generate and the job shows here/)).toBeTruthy();
  });

  test('Open clip on a finished job opens its clip in the viewer', async () => {
    const made = clip({ id: 'clip-made', prompt: 'A lighthouse at dusk' });
    seed(
      job({ state: 'ready', prompt: 'A lighthouse at dusk', clipId: 'clip-made', updatedAt: NOW }),
    );
    const { fake } = renderApp(
      {
        'library:get': () =>
          ClipDetailSchema.parse({
            ...made,
            parameters: {},
            sourceUrl: 'https://x.test/a.mp4',
            parent: null,
            children: [],
            submittedAt: NOW,
          }),
      },
      <JobsStrip />,
    );
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: 'Open clip: A lighthouse at dusk' }),
    );
    await vi.waitFor(() => expect(useLibraryStore.getState().selectedClipId).toBe('clip-made'));
    expect(fake.callsTo('library:get')).toEqual([{ clipId: 'clip-made' }]);
    expect(useLibraryStore.getState().selectedClipId).toBe('clip-made');
  });

  test('says what happened when the clip of a finished job cannot be opened', async () => {
    seed(job({ state: 'ready', prompt: 'Lost', clipId: 'clip-lost', updatedAt: NOW }));
    renderApp(
      {
        'library:get': () => {
          throw new Error('gone');
        },
      },
      <JobsStrip />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Open clip: Lost' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be opened.*library/);
    expect(useLibraryStore.getState().selectedClipId).toBeNull();
  });

  test('the queue panel offers Open clip on a ready job too', () => {
    seed(job({ state: 'ready', prompt: 'Ready one', clipId: 'clip-r' }));
    render(<JobQueue />);
    expect(screen.getByRole('button', { name: 'Open clip: Ready one' })).toBeTruthy();
  });
});

describe('what the strip and the placeholder cards select', () => {
  test('open jobs first, then those ended since the window opened, newest first, capped', () => {
    const since = Date.parse('2025-01-01T10:00:00.000Z');
    seed(
      job({ id: 'old-ready', state: 'ready', updatedAt: '2025-01-01T09:00:00.000Z' }),
      job({
        id: 'new-ready',
        state: 'ready',
        createdAt: '2025-01-01T10:02:00.000Z',
        updatedAt: '2025-01-01T10:03:00.000Z',
      }),
      job({ id: 'running', state: 'running', createdAt: '2025-01-01T10:01:00.000Z' }),
      job({ id: 'queued', state: 'queued', createdAt: '2025-01-01T10:04:00.000Z' }),
    );
    const ids = selectStripJobs(useJobsStore.getState(), since).map((j) => j.id);
    expect(ids).toEqual(['queued', 'running', 'new-ready']);
    for (let i = 0; i < STRIP_LIMIT + 3; i++) seed(job({ state: 'running' }));
    expect(selectStripJobs(useJobsStore.getState(), since)).toHaveLength(STRIP_LIMIT);
  });

  test('placeholder cards are the open jobs of this project only', () => {
    seed(
      job({ id: 'here', projectId: 'p1', state: 'submitted' }),
      job({ id: 'there', projectId: 'p2', state: 'submitted' }),
      job({ id: 'done', projectId: 'p1', state: 'ready' }),
      job({
        id: 'blocked',
        projectId: 'p1',
        state: 'succeeded',
        downloadBlocked: { host: 'x.test', url: 'https://x.test/v.mp4' },
      }),
    );
    expect(selectPendingJobs(useJobsStore.getState(), 'p1').map((j) => j.id)).toEqual(['here']);
  });

  test('a placeholder card shows the stage, prompt, model name and a progress bar', () => {
    seed(job({ projectId: 'p1', state: 'queued', prompt: 'Rain on glass', model: 'kling-v3' }));
    render(<PendingCards projectId="p1" />);
    const card = within(screen.getByRole('list', { name: 'Being made' })).getByRole('listitem');
    expect(card.textContent).toContain('Queued');
    expect(card.textContent).toContain('Rain on glass');
    expect(card.textContent).toContain('Kling 3.0');
    expect(within(card).getByRole('progressbar')).toBeTruthy();
  });
});
