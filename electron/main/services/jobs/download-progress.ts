import type { Job } from '../../../../shared/domain';

/** Sums the downloads under way into one fraction for the dock or taskbar icon. */
export class DownloadProgress {
  private readonly active = new Map<string, { received: number; total: number }>();

  constructor(private readonly show: (fraction: number | null) => void) {}

  update(job: Job): void {
    if (job.state === 'downloading' && job.download?.totalBytes) {
      this.active.set(job.id, {
        received: job.download.receivedBytes,
        total: job.download.totalBytes,
      });
    } else {
      this.active.delete(job.id);
    }
    let received = 0;
    let total = 0;
    for (const entry of this.active.values()) {
      received += entry.received;
      total += entry.total;
    }
    this.show(total > 0 ? received / total : null);
  }
}
