import type { Clock } from '../clock';
import type { JobJournal } from './job-journal';
import type { JobRecord } from './job-record';
import type { Wording } from '../../../../shared/wording';

/** What the submitter, poller and fetcher share: the journal, the clock and the gates. */
export interface JobContext {
  journal: JobJournal;
  clock: Clock;
  /** Writes the change to the journal first, then tells the window. */
  update(job: JobRecord, change: Partial<JobRecord>): Promise<JobRecord>;
  /** Nothing is sent or polled while the user paused or the token was refused. */
  blocked(): boolean;
  /** Why `next` may not be sent now (the daily budget); null when it may. */
  held(next: JobRecord): Wording | null;
  /** The provider refused the token: stop everything until a new one is saved. */
  requireAuth(): void;
  setOffline(offline: boolean): void;
  queueChanged(): void;
  report(error: unknown): void;
}

export const IN_FLIGHT_STATES = new Set(['submitting', 'submitted', 'running']);
export const POLLED_STATES = new Set(['submitted', 'running']);
