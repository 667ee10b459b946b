import { describe, expect, it } from 'vitest';
import { DownloadProgress } from '../../../../electron/main/services/jobs/download-progress';
import type { Job } from '../../../../shared/domain';

const job = (id: string, state: Job['state'], received = 0, total: number | null = null) =>
  ({
    id,
    state,
    download: state === 'downloading' ? { receivedBytes: received, totalBytes: total } : null,
  }) as Job;

describe('dock/taskbar progress', () => {
  it('sums the downloads under way and clears when none is left', () => {
    const shown: (number | null)[] = [];
    const progress = new DownloadProgress((f) => shown.push(f));
    progress.update(job('a', 'downloading', 25, 100));
    progress.update(job('b', 'downloading', 75, 100));
    progress.update(job('a', 'ready'));
    progress.update(job('b', 'failed'));
    expect(shown).toEqual([0.25, 0.5, 0.75, null]);
  });
});
