import type { Job, QueueStatus } from '../../../../shared/domain';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import { wordedError, wordingText, type Wording } from '../../../../shared/wording';
import { systemClock, type Clock } from '../clock';
import type { DownloadVideoOptions, DownloadedVideo } from '../downloads/download-video';
import type { KlingClient } from '../kling/kling-client';
import type { TaskOutcome } from '../kling/task-record';
import type { Library } from '../library/library';
import { POLLED_STATES, type JobContext } from './job-context';
import { DEFAULT_LIMITS, type JobLimits } from './job-limits';
import type { JobJournal } from './job-journal';
import { MAX_ALLOWED_HOSTS, publicJob, type JobRecord } from './job-record';
import { Poller } from './poller';
import { ResultFetcher } from './result-fetcher';
import { Submitter } from './submitter';
import { planToolJob, type SubmitTool } from './tool-job';
import { newJobRecord, planVideoJob, type JobPlan, type SubmitJob } from './video-plan';

export interface JobServiceOptions {
  journal: JobJournal;
  client: Pick<KlingClient, 'submit' | 'retrieveBatch'>;
  library: Library;
  hasToken: () => Promise<boolean>;
  download: (options: DownloadVideoOptions) => Promise<DownloadedVideo>;
  downloadHosts: readonly string[];
  limits?: Partial<JobLimits>;
  clock?: Clock;
  random?: () => number;
  onJobChanged?: (job: Job) => void;
  onQueueChanged?: (status: QueueStatus) => void;
  onLibraryChanged?: (projectId: string) => void;
  onFinished?: (job: Job) => void;
  onError?: (error: unknown) => void;
  /**
   * Why the next queued job may not be sent now (the daily budget), given every job in the
   * journal and the service's clock; null when it may. Without it nothing is held.
   */
  holdFor?: (next: JobRecord, all: readonly JobRecord[], now: Date) => Wording | null;
}

/**
 * Follows each job from the click to a verified file in the library. Every state is in the
 * journal before the app acts on it; nothing is ever submitted twice without the user.
 */
export class JobService {
  readonly limits: JobLimits;
  private readonly clock: Clock;
  private readonly context: JobContext;
  private readonly submitter: Submitter;
  private readonly poller: Poller;
  private readonly fetcher: ResultFetcher;
  private authRequired = false;
  /** The budget's last word on the next queued job, shown in the queue status. */
  private hold: Wording | null = null;
  private offline = false;
  private stopped = false;
  private readonly creating = new Map<string, Promise<Job>>();

  constructor(private readonly options: JobServiceOptions) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.clock = options.clock ?? systemClock;
    this.context = {
      journal: options.journal,
      clock: this.clock,
      update: (job, change) => this.update(job, change),
      blocked: () => this.stopped || this.authRequired || options.journal.paused,
      held: (next) => this.holdFor(next),
      requireAuth: () => this.requireAuth(),
      setOffline: (offline) => this.setOffline(offline),
      queueChanged: () => this.queueChanged(),
      report: (error) => options.onError?.(error),
    };
    this.submitter = new Submitter(this.context, options.client, {
      maxInFlight: this.limits.maxInFlight,
      minIntervalMs: this.limits.minSubmitIntervalMs,
      offlineBackoffMs: this.limits.offlineBackoffMs,
      onSubmitted: () => this.poller.ensure(),
    });
    this.poller = new Poller(this.context, options.client, {
      floorMs: this.limits.pollFloorMs,
      capMs: this.limits.pollCapMs,
      ...(options.random ? { random: options.random } : {}),
      apply: (job, outcome) => this.apply(job, outcome),
    });
    this.fetcher = new ResultFetcher(this.context, {
      library: options.library,
      download: options.download,
      downloadHosts: options.downloadHosts,
      maxParallel: this.limits.maxParallelDownloads,
      retryDelaysMs: this.limits.downloadRetryDelaysMs,
      onProgress: (job) => options.onJobChanged?.(this.view(job)),
      onReady: (job) => {
        options.onLibraryChanged?.(job.projectId);
        options.onFinished?.(this.view(job));
      },
    });
  }

  /** Every job as the journal keeps it (bodies included), for spending. */
  records(): readonly JobRecord[] {
    return this.options.journal.all();
  }

  list(): Job[] {
    return this.options.journal.all().map((job) => this.view(job));
  }

  status(): QueueStatus {
    return {
      paused: this.options.journal.paused,
      authRequired: this.authRequired,
      offline: this.offline,
      maxInFlight: this.limits.maxInFlight,
      inFlight: this.submitter.inFlight(),
      queued: this.submitter.queued().length,
      ...this.holdStatus(),
    };
  }

  /** The budget or the prices changed: look at the held queue again at once. */
  budgetChanged(): void {
    const next = this.submitter.queued()[0];
    if (next) this.holdFor(next);
    else this.hold = null;
    this.queueChanged();
    this.kick();
  }

  /** The hold in words now and as a wording, so the window words it again after a switch. */
  private holdStatus(): Pick<QueueStatus, 'budgetHold' | 'budgetHoldText'> {
    const hold = this.submitter.queued().length > 0 ? this.hold : null;
    if (hold === null) return { budgetHold: null, budgetHoldText: null };
    return { budgetHold: wordingText(hold) ?? hold.key, budgetHoldText: hold };
  }

  private holdFor(next: JobRecord): Wording | null {
    const hold =
      this.options.holdFor?.(next, this.options.journal.all(), new Date(this.clock.now())) ?? null;
    // Compared by content: a new wording object for the same figures is no change to announce.
    if (JSON.stringify(hold) !== JSON.stringify(this.hold)) {
      this.hold = hold;
      this.queueChanged();
    }
    return hold;
  }

  /** Carries on from whatever the journal says: reconciles, then polls and sends. */
  async start(): Promise<void> {
    for (const job of this.options.journal.all()) {
      if (job.state === 'submitting') {
        // The request may have reached the provider: never resend it on our own.
        await this.update(job, {
          state: 'unknown',
          error: wordedError(
            'submission_uncertain',
            'errors:submission_uncertain.appStopped',
          ).toInfo(),
        });
      } else if ((job.state === 'succeeded' || job.state === 'downloading') && !job.downloadBlocked)
        this.fetcher.fetch(job.id);
    }
    this.poller.now();
    this.submitter.pump();
  }

  stop(): void {
    this.stopped = true;
    this.poller.stop();
    this.submitter.stop();
    this.fetcher.stop();
  }

  async submit(input: SubmitJob): Promise<Job> {
    return this.once(input.clientRequestId, () => this.create(input));
  }

  /** Motion control, lip-sync or talking photo: checked here, then queued like a video. */
  async submitTool(input: SubmitTool): Promise<Job> {
    return this.once(input.clientRequestId, async () => {
      await this.requireToken();
      const plan = planToolJob(input, this.options.library, this.clock.now());
      return this.enqueue(plan, input.projectId, input.clientRequestId);
    });
  }

  /** One job per click: the same client request id returns the job it already made. */
  private async once(key: string | undefined, create: () => Promise<Job>): Promise<Job> {
    if (!key) return create();
    const same = this.options.journal.all().find((j) => j.clientRequestId === key);
    if (same) return this.view(same);
    // A second click can arrive before the first one's job is on disk: share its promise.
    const pending = this.creating.get(key) ?? create().finally(() => this.creating.delete(key));
    this.creating.set(key, pending);
    return pending;
  }

  private async requireToken(): Promise<void> {
    if (!(await this.options.hasToken())) {
      throw new AppError('no_token', t('errors:no_token_saved'));
    }
  }

  private async create(input: SubmitJob): Promise<Job> {
    await this.requireToken();
    const { projectId, clientRequestId, fromFrame, parentClipId, ...video } = input;
    const plan = planVideoJob(video, { extends: parentClipId, fromFrame }, this.options.library);
    return this.enqueue(plan, projectId, clientRequestId);
  }

  private async enqueue(
    plan: JobPlan,
    wantedProject: string | undefined,
    clientRequestId: string | undefined,
  ): Promise<Job> {
    const projectId = wantedProject ?? this.options.library.defaultProjectId();
    this.options.library.projectDir(projectId); // refuses an unknown project before anything is written
    const at = new Date(this.clock.now()).toISOString();
    const lastRank = Math.max(0, ...this.submitter.queued().map((j) => j.rank));
    const job = await this.update(
      newJobRecord(plan, projectId, at, lastRank + 1, clientRequestId),
      {},
    );
    this.queueChanged();
    this.submitter.pump();
    return this.view(job);
  }

  async pause(): Promise<QueueStatus> {
    await this.options.journal.setPaused(true);
    this.queueChanged();
    return this.status();
  }

  async resume(): Promise<QueueStatus> {
    await this.options.journal.setPaused(false);
    this.queueChanged();
    this.kick();
    return this.status();
  }

  /** Removes a job that is not with the provider right now; its clip, if any, stays. */
  async remove(jobId: string): Promise<boolean> {
    const job = this.options.journal.get(jobId);
    if (!job || !['queued', 'failed', 'unknown', 'ready'].includes(job.state)) return false;
    await this.options.journal.remove(jobId);
    this.queueChanged();
    if (job.state === 'queued') this.announceQueued();
    return true;
  }

  /** Moves a queued job to another place in the queue. */
  async move(jobId: string, toPosition: number): Promise<Job[]> {
    const queued = this.submitter.queued();
    const from = queued.findIndex((j) => j.id === jobId);
    if (from < 0) throw new AppError('not_queued', t('errors:not_queued'));
    const [moving] = queued.splice(from, 1);
    queued.splice(Math.min(toPosition, queued.length), 0, moving as JobRecord);
    // Every rank is written before any event goes out, so no event shows a half-done order.
    const at = new Date(this.clock.now()).toISOString();
    await Promise.all(
      queued.map((job, index) =>
        this.options.journal.put({ ...job, rank: index + 1, updatedAt: at }),
      ),
    );
    this.announceQueued();
    return this.list();
  }

  /** Sends a failed or unknown job again, as a new job, when the user asks. */
  async retry(jobId: string, acceptPossibleCharge: boolean): Promise<Job> {
    const job = this.options.journal.get(jobId);
    if (!job || (job.state !== 'failed' && job.state !== 'unknown')) {
      throw new AppError('not_retryable', t('errors:not_retryable'));
    }
    if (job.state === 'unknown' && !acceptPossibleCharge) {
      throw new AppError('confirm_charge', t('errors:confirm_charge'));
    }
    const fresh = await this.update(job, {
      state: 'queued',
      // A retry is a new attempt: its time counts from now.
      createdAt: new Date(this.clock.now()).toISOString(),
      taskId: null,
      error: null,
      note: null,
      traceId: null,
      submittedAt: null,
      rank: Math.max(0, ...this.submitter.queued().map((j) => j.rank)) + 1,
    });
    this.submitter.pump();
    return this.view(fresh);
  }

  /**
   * Lets a succeeded job download from `host`, the host its result address was blocked on,
   * for this job alone, and starts the download. Never submits anything. Throws AppError
   * `download_not_blocked` when the job is not waiting for exactly that host.
   */
  async allowDownloadHost(jobId: string, host: string): Promise<Job> {
    const job = this.options.journal.get(jobId);
    if (!job || job.state !== 'succeeded' || job.downloadBlocked?.host !== host) {
      throw new AppError('download_not_blocked', t('errors:download_not_blocked'));
    }
    const allowed = await this.update(job, {
      downloadBlocked: null,
      allowedHosts: [...job.allowedHosts, host].slice(-MAX_ALLOWED_HOSTS),
      error: null,
    });
    this.fetcher.fetch(jobId);
    return this.view(allowed);
  }

  /** The token was replaced, or the network or the machine came back: carry on at once. */
  wake(): void {
    this.kick();
  }

  tokenChanged(hasToken: boolean): void {
    if (!hasToken) return;
    this.authRequired = false;
    this.queueChanged();
    this.kick();
  }

  private kick(): void {
    if (this.context.blocked()) return;
    this.poller.now();
    this.submitter.pump();
    this.fetcher.retryNow();
  }

  private async apply(job: JobRecord, outcome: TaskOutcome): Promise<boolean> {
    if (!POLLED_STATES.has(job.state)) return false;
    if (outcome.state === 'running') {
      if (job.state === 'running') return false;
      await this.update(job, { state: 'running' });
      return true;
    }
    if (outcome.state === 'failed') {
      const failed = await this.update(job, {
        state: 'failed',
        // The reason is the provider's own words: kept as written, only the sentence switches.
        error: wordedError(
          outcome.code,
          'errors:task_failed_because',
          { reason: outcome.message },
          outcome.traceId,
        ).toInfo(),
      });
      this.options.onFinished?.(this.view(failed));
    } else {
      await this.update(job, {
        state: 'succeeded',
        videoUrl: outcome.videoUrl,
        videoId: outcome.videoId,
        durationSec: outcome.durationSec,
        billedSec: outcome.billedSec,
        // Our own clock, when we learn of it: never earlier than the real finish, whatever the
        // skew between this computer and the provider.
        finishedAt: new Date(this.clock.now()).toISOString(),
      });
      // Results are fetched at once: the provider's links expire.
      this.fetcher.fetch(job.id);
    }
    this.submitter.pump();
    return true;
  }

  /** Queue positions are derived; after a move or removal every waiting job is told its new one. */
  private announceQueued(): void {
    for (const job of this.submitter.queued()) this.options.onJobChanged?.(this.view(job));
  }

  private requireAuth(): void {
    if (this.authRequired) return;
    this.authRequired = true;
    this.poller.stop();
    this.queueChanged();
  }

  private setOffline(offline: boolean): void {
    if (this.offline === offline) return;
    this.offline = offline;
    this.queueChanged();
  }

  private queueChanged(): void {
    this.options.onQueueChanged?.(this.status());
  }

  private view(job: JobRecord): Job {
    const position =
      job.state === 'queued' ? this.submitter.queued().findIndex((j) => j.id === job.id) : -1;
    return publicJob(job, {
      now: this.clock.now(),
      deadlineMs: this.limits.deadlineMs,
      queuePosition: position >= 0 ? position : null,
    });
  }

  private async update(job: JobRecord, change: Partial<JobRecord>): Promise<JobRecord> {
    const next: JobRecord = {
      ...job,
      ...change,
      // A note set without its wording is plain text: the old note's wording must not outlive it.
      ...('note' in change && !('noteText' in change) ? { noteText: null } : {}),
      updatedAt: new Date(this.clock.now()).toISOString(),
    };
    await this.options.journal.put(next);
    this.options.onJobChanged?.(this.view(next));
    if (next.state !== job.state) this.queueChanged();
    return next;
  }
}
