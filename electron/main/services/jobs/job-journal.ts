import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import { JobRecordSchema, JournalSchema, type JobRecord } from './job-record';

/** Where the journal's text lives: a file in the app, memory in clock-driven tests. */
export interface JournalStore {
  read(): Promise<string | null>;
  write(text: string): Promise<void>;
  /** Moves an unreadable journal out of the way and says where it went. */
  setAside(): Promise<string>;
}

export function fileJournalStore(path: string): JournalStore {
  return {
    read: () => readFile(path, 'utf8').catch(() => null),
    write: async (text) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFileAtomic(path, text);
    },
    setAside: async () => {
      const aside = `${path}.corrupt-${Date.now()}`;
      await rename(path, aside);
      return aside;
    },
  };
}

/**
 * The persisted list of jobs. Every change is written (atomically, durably) before the app
 * acts on it, so a crash at any point leaves a state the app can reconcile from.
 */
export class JobJournal {
  private jobs = new Map<string, JobRecord>();
  private pausedFlag = false;
  private writing: Promise<void> = Promise.resolve();
  private next: Promise<void> | null = null;

  private readonly store: JournalStore;

  constructor(where: string | JournalStore) {
    this.store = typeof where === 'string' ? fileJournalStore(where) : where;
  }

  /** Loads the journal; a corrupt file is set aside (never deleted) and the app starts empty. */
  async load(): Promise<{ setAside: string | null; skipped: number }> {
    const raw = await this.store.read();
    if (raw === null) return { setAside: null, skipped: 0 };
    const parsed = JournalSchema.safeParse(safeJson(raw));
    if (!parsed.success) return { setAside: await this.store.setAside(), skipped: 0 };
    let skipped = 0;
    for (const item of parsed.data.jobs) {
      const job = JobRecordSchema.safeParse(item);
      if (job.success) this.jobs.set(job.data.id, job.data);
      else skipped++;
    }
    this.pausedFlag = parsed.data.paused;
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
      return this.store.write(
        JSON.stringify({ version: 1, paused: this.pausedFlag, jobs: this.all() }, null, 1),
      );
    });
    this.next = write;
    this.writing = write.catch(() => undefined);
    return write;
  }
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}
