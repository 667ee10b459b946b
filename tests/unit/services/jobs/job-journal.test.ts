import { describe, expect, it } from 'vitest';
import { JobJournal, type JournalStore } from '../../../../electron/main/services/jobs/job-journal';
import type { JobRecord, JournalFile } from '../../../../electron/main/services/jobs/job-record';

/** A store whose writes finish only when the test says so, to see what each write holds. */
class GatedStore implements JournalStore {
  writes: JournalFile[] = [];
  private release: (() => void)[] = [];
  async read(): ReturnType<JournalStore['read']> {
    return { kind: 'missing' };
  }
  write(value: JournalFile): Promise<void> {
    // A copy: the journal may build its next snapshot while this one is "on disk".
    this.writes.push(structuredClone(value));
    return new Promise((done) => this.release.push(done));
  }
  finishOne(): void {
    this.release.shift()?.();
  }
}

const record = (id: string): JobRecord =>
  ({ id, createdAt: `2026-01-01T00:00:0${id}Z`, state: 'queued' }) as unknown as JobRecord;

describe('job journal', () => {
  it('groups changes that arrive during a write into the next single write', async () => {
    const store = new GatedStore();
    const journal = new JobJournal(store);
    const done: string[] = [];
    const first = journal.put(record('1')).then(() => done.push('1'));
    await Promise.resolve();
    await Promise.resolve();
    const rest = ['2', '3', '4'].map((id) => journal.put(record(id)).then(() => done.push(id)));
    await new Promise((r) => setImmediate(r));
    expect(store.writes).toHaveLength(1);
    store.finishOne();
    await first;
    expect(done).toEqual(['1']);
    await new Promise((r) => setImmediate(r));
    // One more write carries all three later changes; none resolved before it finished.
    expect(store.writes).toHaveLength(2);
    expect(store.writes[1]?.jobs.map((j) => (j as JobRecord).id)).toEqual(['1', '2', '3', '4']);
    expect(done).toEqual(['1']);
    store.finishOne();
    await Promise.all(rest);
    expect(done.sort()).toEqual(['1', '2', '3', '4']);
  });
});
