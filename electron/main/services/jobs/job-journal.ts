import { readFile, rename } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import { JobRecordSchema, JournalSchema, type JobRecord } from './job-record';

/**
 * The persisted list of jobs. Every change is written (atomically, durably) before the app
 * acts on it, so a crash at any point leaves a state the app can reconcile from.
 */
export class JobJournal {
  private jobs = new Map<string, JobRecord>();
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly path: string) {}

  /** Loads the journal; a corrupt file is set aside (never deleted) and the app starts empty. */
  async load(): Promise<{ setAside: string | null }> {
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch {
      return { setAside: null };
    }
    const parsed = JournalSchema.safeParse(safeJson(raw));
    if (!parsed.success) {
      const aside = `${this.path}.corrupt-${Date.now()}`;
      await rename(this.path, aside);
      return { setAside: aside };
    }
    for (const item of parsed.data.jobs) {
      const job = JobRecordSchema.safeParse(item);
      if (job.success) this.jobs.set(job.data.id, job.data);
    }
    return { setAside: null };
  }

  all(): JobRecord[] {
    return [...this.jobs.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  get(id: string): JobRecord | undefined {
    return this.jobs.get(id);
  }

  /** Records a job's new state and resolves once it is on disk. */
  async put(job: JobRecord): Promise<void> {
    this.jobs.set(job.id, job);
    const snapshot = JSON.stringify({ version: 1, jobs: this.all() }, null, 1);
    // Writes are chained so an older snapshot can never land after a newer one.
    const write = this.writing.then(async () => {
      await mkdir(dirname(this.path), { recursive: true });
      await writeFileAtomic(this.path, snapshot);
    });
    this.writing = write.catch(() => undefined);
    await write;
  }
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}
