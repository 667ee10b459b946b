import { ApiError } from '../kling/api-errors';
import type { KlingClient } from '../kling/kling-client';
import { MAX_BATCH_IDS } from '../kling/kling-client';
import { outcomeOf, type TaskOutcome } from '../kling/task-record';
import { AppError } from '../../../../shared/app-error';
import { isYoung, shortestRunsMs } from './expected-finish';
import { POLLED_STATES, type JobContext } from './job-context';
import type { JobRecord } from './job-record';
import { PollBackoff } from './poll-backoff';
import { retryAfterMs } from './retry-after';

export interface PollerOptions {
  floorMs: number;
  capMs: number;
  random?: () => number;
  /** Applies what a task record says to its job; true when something changed. */
  apply: (job: JobRecord, outcome: TaskOutcome) => Promise<boolean>;
}

/**
 * Follows every open job with one `retrieve_batch` per 50 jobs per cycle. The interval backs
 * off while nothing changes, obeys `Retry-After`, and stops on a refused token. A job younger
 * than the shortest recent run of its model cannot be done yet: it is asked about only once
 * per longest interval (to catch an early failure), so a cycle spends its ids, and often a
 * whole request, on the jobs that may have finished.
 */
export class Poller {
  private timer: unknown = null;
  private dueAt: number | null = null;
  private cycling = false;
  private again = false;
  /** The end of the wait the provider asked for with `Retry-After`; nothing polls before it. */
  private notBefore = 0;
  private readonly backoff: PollBackoff;
  /** When each job was last asked about (this run); a young job waits `capMs` between asks. */
  private readonly askedAt = new Map<string, number>();
  /** Set by a wake: the next cycle asks about every open job, young or not. */
  private askAll = false;

  constructor(
    private readonly context: JobContext,
    private readonly client: Pick<KlingClient, 'retrieveBatch'>,
    private readonly options: PollerOptions,
  ) {
    this.backoff = new PollBackoff({
      floorMs: options.floorMs,
      capMs: options.capMs,
      ...(options.random ? { random: options.random } : {}),
    });
  }

  open(): JobRecord[] {
    return this.context.journal.all().filter((j) => POLLED_STATES.has(j.state) && j.taskId);
  }

  /**
   * Polls as soon as possible (a new job, coming back online, waking from sleep), but never
   * inside a `Retry-After` window: a wake only cuts short the app's own backoff.
   */
  now(): void {
    this.askAll = true;
    this.backoff.reset();
    this.schedule(0);
  }

  /** Makes sure a cycle is planned if there is anything to follow. */
  ensure(): void {
    if (this.dueAt === null && !this.cycling) this.schedule(this.backoff.intervalMs);
  }

  stop(): void {
    if (this.timer !== null) this.context.clock.clearTimeout(this.timer);
    this.timer = null;
    this.dueAt = null;
  }

  private schedule(wantedMs: number): void {
    const delayMs = Math.max(wantedMs, this.notBefore - this.context.clock.now());
    if (this.cycling) {
      this.again = delayMs === 0 || this.again;
      return;
    }
    const at = this.context.clock.now() + delayMs;
    if (this.dueAt !== null && this.dueAt <= at) return;
    this.stop();
    this.dueAt = at;
    this.timer = this.context.clock.setTimeout(() => {
      this.timer = null;
      this.dueAt = null;
      this.cycle().catch((error: unknown) => this.context.report(error));
    }, delayMs);
  }

  /** One cycle: every open job asked about in batches of at most 50 ids. */
  private async cycle(): Promise<void> {
    if (this.cycling || this.context.blocked()) return;
    const open = this.open();
    if (open.length === 0) return;
    this.cycling = true;
    let next: number;
    try {
      next = await this.pollAll(open);
    } finally {
      this.cycling = false;
    }
    if (this.context.blocked()) return;
    if (this.again) {
      this.again = false;
      next = 0;
    }
    if (this.open().length > 0) this.schedule(next);
  }

  /** The open jobs worth an id in this cycle's requests (see the class comment). */
  private due(open: JobRecord[]): JobRecord[] {
    const now = this.context.clock.now();
    if (this.askAll) {
      this.askAll = false;
      return open;
    }
    const shortest = shortestRunsMs(this.context.journal.all());
    return open.filter((job) => {
      if (!isYoung(job, shortest, now)) return true;
      const last = this.askedAt.get(job.id) ?? Date.parse(job.submittedAt as string);
      return now - last >= this.options.capMs;
    });
  }

  private async pollAll(open: JobRecord[]): Promise<number> {
    let changed = false;
    const due = this.due(open);
    const openIds = new Set(open.map((job) => job.id));
    for (const id of this.askedAt.keys()) if (!openIds.has(id)) this.askedAt.delete(id);
    for (let i = 0; i < due.length; i += MAX_BATCH_IDS) {
      const chunk = due.slice(i, i + MAX_BATCH_IDS);
      const askedAt = this.context.clock.now();
      let records;
      try {
        records = await this.client.retrieveBatch(chunk.map((j) => j.taskId as string));
        this.context.setOffline(false);
        for (const job of chunk) this.askedAt.set(job.id, askedAt);
      } catch (error) {
        return this.afterError(error);
      }
      const byTask = new Map(records.map((r) => [r.id, r]));
      // Applied together, so their journal writes share one group commit.
      const results = await Promise.all(
        chunk.map((job) => {
          const record = byTask.get(job.taskId as string);
          const current = this.context.journal.get(job.id);
          return record && current && POLLED_STATES.has(current.state)
            ? this.options.apply(current, outcomeOf(record))
            : false;
        }),
      );
      changed = results.includes(true) || changed;
    }
    return this.backoff.next(changed);
  }

  private afterError(error: unknown): number {
    if (error instanceof ApiError && error.status === 401) {
      this.context.requireAuth();
      return this.backoff.intervalMs;
    }
    if (error instanceof AppError && (error.code === 'offline' || error.code === 'network')) {
      this.context.setOffline(true);
    }
    const hint =
      error instanceof ApiError ? retryAfterMs(error.retryAfter, this.context.clock.now()) : null;
    if (hint !== null) this.notBefore = this.context.clock.now() + hint;
    const backedOff = this.backoff.next(false);
    return hint === null ? backedOff : Math.max(hint, this.options.floorMs);
  }
}
