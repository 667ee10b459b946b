import type { StateFile } from '../fs/json-state-file';
import { JobRecordSchema, type JobRecord, type JournalFile } from './job-record';

/**
 * Where the journal lives: `jsonStateFile(path, JournalSchema)` in the app, memory in
 * clock-driven tests (so a manual clock is not raced by disk writes).
 */
export type JournalStore = StateFile<JournalFile>;

/**
 * The persisted list of jobs. Every change is written (atomically, durably) before the app
 * acts on it, so a crash at any point leaves a state the app can reconcile from.
 */
export class JobJournal {
  private jobs = new Map<string, JobRecord>();
  private pausedFlag = false;
  private writing: Promise<void> = Promise.resolve();
  private next: Promise<void> | null = null;

  constructor(private readonly store: JournalStore) {}

  /** Loads the journal; a corrupt file is set aside (never deleted) and the app starts empty. */
  async load(): Promise<{ setAside: string | null; skipped: number }> {
    const read = await this.store.read();
    if (read.kind === 'missing') return { setAside: null, skipped: 0 };
    if (read.kind === 'setAside') return { setAside: read.path, skipped: 0 };
    let skipped = 0;
    // Jobs are checked one by one: a record a newer app wrote is skipped, not the whole list.
    for (const item of read.value.jobs) {
      const job = JobRecordSchema.safeParse(item);
      if (job.success) this.jobs.set(job.data.id, job.data);
      else skipped++;
    }
    this.pausedFlag = read.value.paused;
    return { setAside: null, skipped };
  }

  all(): JobRecord[] {
    return [...this.jobs.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  get(id: string): JobRecord | undefined {
    return this.jobs.get(id);
  }

  get paused(): boolean {
    return this.pausedFlag;
  }

  /** Records a job's new state and resolves once it is on disk. */
  async put(job: JobRecord): Promise<void> {
    this.jobs.set(job.id, job);
    await this.flush();
  }

  async remove(id: string): Promise<void> {
    this.jobs.delete(id);
    await this.flush();
  }

  async setPaused(paused: boolean): Promise<void> {
    this.pausedFlag = paused;
    await this.flush();
  }

  /**
   * Group commit: every change waiting when a write starts goes out in that one write, and
   * each caller resolves only once a write that includes its change is on disk.
   */
  private flush(): Promise<void> {
    if (this.next) return this.next;
    const write = this.writing.then(() => {
      this.next = null;
      return this.store.write({ version: 1, paused: this.pausedFlag, jobs: this.all() });
    });
    this.next = write;
    this.writing = write.catch(() => undefined);
    return write;
  }
}
