import { AppError } from '../../../../shared/app-error';
import { noteOf, reworded, worded } from '../../../../shared/wording';
import { ApiError } from '../kling/api-errors';
import type { KlingClient } from '../kling/kling-client';
import { IN_FLIGHT_STATES, type JobContext } from './job-context';
import type { JobRecord } from './job-record';
import { retryAfterMs } from './retry-after';
import { isToolKind, type ClipKind } from '../../../../shared/domain';
import { TOOL_ENDPOINTS } from '../../../../shared/tools';

/** Videos go to `/kling/videos`; each tool to its own endpoint (AceData Kling API docs §10). */
export function submitPathOf(kind: ClipKind): `/kling/${string}` {
  return isToolKind(kind) ? TOOL_ENDPOINTS[kind] : '/kling/videos';
}

/** How often a queue held by the budget looks again (a new day releases it). */
export const HOLD_RECHECK_MS = 60_000;

export interface SubmitterOptions {
  maxInFlight: number;
  /** The provider allows about one submission per second per token. */
  minIntervalMs: number;
  /** Waits after a failure that certainly happened before sending. */
  offlineBackoffMs: readonly number[];
  onSubmitted: () => void;
}

/**
 * Sends queued jobs in rank order, within the provider's limits. A submission that may have
 * reached the provider is never sent again on its own: it becomes `unknown`.
 */
export class Submitter {
  private timer: unknown = null;
  private sending = false;
  private lastSentAt = -Infinity;
  private notBefore = 0;
  private offlineStreak = 0;

  constructor(
    private readonly context: JobContext,
    private readonly client: Pick<KlingClient, 'submit'>,
    private readonly options: SubmitterOptions,
  ) {}

  queued(): JobRecord[] {
    return this.context.journal
      .all()
      .filter((j) => j.state === 'queued')
      .sort((a, b) => a.rank - b.rank || a.createdAt.localeCompare(b.createdAt));
  }

  inFlight(): number {
    return this.context.journal.all().filter((j) => IN_FLIGHT_STATES.has(j.state)).length;
  }

  /** Looks for work now; safe to call as often as anything changes. */
  pump(): void {
    if (this.sending || this.context.blocked()) return;
    const next = this.queued()[0];
    if (!next || this.inFlight() >= this.options.maxInFlight) return;
    if (this.context.held(next) !== null) {
      // Looked at again now and then: a new day or a change elsewhere may release it.
      if (this.timer === null)
        this.timer = this.context.clock.setTimeout(() => this.wake(), HOLD_RECHECK_MS);
      return;
    }
    const now = this.context.clock.now();
    const wait = Math.max(this.lastSentAt + this.options.minIntervalMs, this.notBefore) - now;
    if (wait > 0) {
      if (this.timer === null) this.timer = this.context.clock.setTimeout(() => this.wake(), wait);
      return;
    }
    this.sending = true;
    this.lastSentAt = now;
    this.send(next)
      .catch((error: unknown) => this.context.report(error))
      .finally(() => {
        this.sending = false;
        this.pump();
      });
  }

  stop(): void {
    if (this.timer !== null) this.context.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private wake(): void {
    this.timer = null;
    this.pump();
  }

  private async send(queued: JobRecord): Promise<void> {
    const job = await this.context.update(queued, { state: 'submitting', note: null });
    try {
      const { taskId, traceId } = await this.client.submit(job.body, submitPathOf(job.action));
      this.offlineStreak = 0;
      this.context.setOffline(false);
      await this.context.update(job, {
        state: 'submitted',
        taskId,
        traceId,
        submittedAt: new Date(this.context.clock.now()).toISOString(),
        error: null,
      });
      this.options.onSubmitted();
    } catch (error) {
      await this.settleFailure(job, error);
    }
  }

  private async settleFailure(job: JobRecord, error: unknown): Promise<void> {
    const info =
      error instanceof AppError
        ? error.toInfo()
        : { code: 'internal' as const, message: String(error), traceId: null };
    if (info.code === 'offline') {
      // Nothing left the machine, so sending again cannot charge twice.
      const steps = this.options.offlineBackoffMs;
      const delay = steps[Math.min(this.offlineStreak, steps.length - 1)] ?? 1000;
      this.offlineStreak++;
      this.notBefore = this.context.clock.now() + delay;
      this.context.setOffline(true);
      await this.context.update(job, {
        state: 'queued',
        ...noteOf(worded('errors:note.waitingForConnection')),
      });
      return;
    }
    if (info.code === 'certificate') {
      // The handshake failed, so nothing was sent: the job waits in the queue, with the reason
      // shown, rather than turning Unknown. The machine is online, so no offline banner.
      const steps = this.options.offlineBackoffMs;
      this.notBefore = this.context.clock.now() + (steps[steps.length - 1] ?? 30_000);
      await this.context.update(job, {
        state: 'queued',
        note: info.message,
        noteText: info.text ?? null,
      });
      return;
    }
    if (error instanceof ApiError && error.status === 429) {
      // A refused submission created nothing; wait as long as the provider asks.
      const hint = retryAfterMs(error.retryAfter, this.context.clock.now());
      this.notBefore = this.context.clock.now() + (hint ?? 5_000);
      await this.context.update(job, {
        state: 'queued',
        ...noteOf(worded('errors:note.slowDown')),
      });
      return;
    }
    if (error instanceof ApiError && error.status === 401) {
      await this.context.update(job, {
        state: 'queued',
        ...noteOf(worded('errors:note.waitingForToken')),
      });
      this.context.requireAuth();
      return;
    }
    const uncertain =
      info.code === 'submission_uncertain' || (error instanceof ApiError && error.status >= 500);
    await this.context.update(job, {
      state: uncertain ? 'unknown' : 'failed',
      error:
        uncertain && info.code !== 'submission_uncertain'
          ? reworded(info, 'errors:submission_uncertain.mayHaveStarted', {
              message: info.text ?? info.message,
            })
          : info,
    });
  }
}
