import { AppError, isDownloadErrorCode } from '../../../../shared/app-error';
import type { AppErrorInfo } from '../../../../shared/domain';
import { noteOf, reworded, worded } from '../../../../shared/wording';
import { providerDefaults } from '../../../../shared/capabilities/provider-defaults';
import { DownloadHttpError } from '../downloads/fetch-checked';
import type { DownloadVideoOptions, DownloadedVideo } from '../downloads/download-video';
import { HostBlockedError } from '../downloads/url-policy';
import type { Library } from '../library/library';
import type { JobContext } from './job-context';
import type { JobRecord } from './job-record';

export interface ResultFetcherOptions {
  library: Library;
  download: (options: DownloadVideoOptions) => Promise<DownloadedVideo>;
  downloadHosts: readonly string[];
  maxParallel: number;
  /** Waits before trying again after a passing failure (network cut, full disk). */
  retryDelaysMs: readonly number[];
  onProgress: (job: JobRecord) => void;
  onReady: (job: JobRecord) => void;
}

type FailurePolicy = 'final' | 'refused' | 'again';

/**
 * What a failed download means for its job: `final` when downloading again cannot fix it,
 * `refused` when the video server refuses the link itself, `again` for a passing failure
 * (network, full disk, a server busy for now).
 */
function policyFor(error: unknown): FailurePolicy {
  if (error instanceof DownloadHttpError) {
    return REFUSED_LINK_STATUSES.has(error.status) ? 'refused' : 'again';
  }
  if (!(error instanceof AppError) || !isDownloadErrorCode(error.code)) return 'again';
  const code = error.code;
  switch (code) {
    case 'unsafe_url':
    case 'download_host_blocked':
    case 'not_mp4':
    case 'download_too_large':
    case 'invalid_file_name':
    case 'download_too_many_redirects':
      return 'final';
    case 'download_http':
    case 'download_incomplete':
    case 'download_interrupted':
    case 'download_stalled':
    case 'download_cancelled':
    case 'download_failed':
    case 'disk_full':
      return 'again';
    default:
      return code satisfies never;
  }
}

/** Answers that say the link does not work: right after the task, or once it has expired. */
const REFUSED_LINK_STATUSES = new Set([403, 404, 410]);

/**
 * A fresh link can answer 403/404 while the file is still being copied to the CDN, so it is
 * tried again for this long after the task finished before it is called dead.
 * Source: AceData Kling API docs, result hosts (2026 notes).
 */
export const FRESH_LINK_GRACE_MS = 10 * 60_000;

/** Result links are kept about 30 days (AceData Kling API docs: result files). */
const LINK_LIFETIME_MS = 30 * 24 * 60 * 60_000;

/**
 * Downloads finished results into their project, a few at a time. A paid result is not
 * given up on for a passing failure: the job waits and tries again.
 */
export class ResultFetcher {
  private readonly active = new Set<string>();
  private readonly waiting: string[] = [];
  /** Jobs waiting to try again, with their timer. */
  private readonly retries = new Map<string, unknown>();
  private readonly attempts = new Map<string, number>();
  private readonly abort = new AbortController();

  constructor(
    private readonly context: JobContext,
    private readonly options: ResultFetcherOptions,
  ) {}

  /** Asks for a job's result; asking again while it is queued or running changes nothing. */
  fetch(jobId: string): void {
    if (this.active.has(jobId) || this.waiting.includes(jobId) || this.retries.has(jobId)) return;
    this.waiting.push(jobId);
    this.next();
  }

  /** Tries every paused download again now (space freed, connection back). */
  retryNow(): void {
    for (const [jobId, timer] of this.retries) {
      this.context.clock.clearTimeout(timer);
      this.retries.delete(jobId);
      this.fetch(jobId);
    }
  }

  stop(): void {
    this.abort.abort();
    for (const timer of this.retries.values()) this.context.clock.clearTimeout(timer);
    this.retries.clear();
  }

  get busy(): number {
    return this.active.size;
  }

  private next(): void {
    while (this.active.size < this.options.maxParallel && this.waiting.length > 0) {
      const jobId = this.waiting.shift() as string;
      this.active.add(jobId);
      this.run(jobId)
        .catch((error: unknown) => this.context.report(error))
        .finally(() => {
          this.active.delete(jobId);
          this.next();
        });
    }
  }

  private async run(jobId: string): Promise<void> {
    const start = this.context.journal.get(jobId);
    if (!start || (start.state !== 'succeeded' && start.state !== 'downloading')) return;
    // Waits for the person to allow the host; nothing is fetched from it before that.
    if (start.downloadBlocked) return;
    const existing = this.options.library.findClipByJob(jobId);
    if (existing) {
      await this.context.update(start, {
        state: 'ready',
        clipId: existing.id,
        download: null,
        note: null,
      });
      return;
    }
    let job = await this.context.update(start, {
      state: 'downloading',
      projectId: this.homeFor(start.projectId),
      download: start.download ?? { receivedBytes: 0, totalBytes: null },
    });
    let lastReport = 0;
    try {
      const file = await this.options.download({
        url: job.videoUrl ?? '',
        destDir: this.options.library.projectDir(job.projectId),
        fileBaseName: job.id,
        allowedHosts: [...this.options.downloadHosts, ...job.allowedHosts],
        signal: this.abort.signal,
        onProgress: (receivedBytes, totalBytes) => {
          // Progress is shown, not journalled: it is cheap to redo and would wear the disk.
          const now = this.context.clock.now();
          if (now - lastReport < 200) return;
          lastReport = now;
          job = { ...job, download: { receivedBytes, totalBytes }, note: null, noteText: null };
          this.options.onProgress(job);
        },
      });
      const clip = await this.options.library.addClip(job.projectId, {
        jobId: job.id,
        videoFile: `${job.id}.mp4`,
        action: job.action,
        model: job.model,
        prompt: job.prompt,
        parameters: job.body,
        defaults: providerDefaults(job.body),
        taskId: job.taskId ?? '',
        videoId: job.videoId,
        sourceUrl: job.videoUrl ?? '',
        durationSec: job.durationSec,
        billedSec: job.billedSec,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
        parentClipId: job.parentClipId,
        sources: job.sources,
        parentFrameSec: job.parentFrameSec,
        submittedAt: job.createdAt,
      });
      this.attempts.delete(job.id);
      const ready = await this.context.update(job, {
        state: 'ready',
        clipId: clip.id,
        download: null,
        note: null,
        error: null,
      });
      this.options.onReady(ready);
    } catch (error) {
      if (this.abort.signal.aborted) return;
      await this.settleFailure(job, error);
    }
  }

  /**
   * A paid result is never dropped because its project went away (deleted, or the workspace
   * switched) while it was being made: it lands in the first project instead.
   */
  private homeFor(projectId: string): string {
    try {
      this.options.library.projectDir(projectId);
      return projectId;
    } catch {
      return this.options.library.defaultProjectId();
    }
  }

  private async settleFailure(job: JobRecord, error: unknown): Promise<void> {
    if (error instanceof HostBlockedError) {
      // The video is paid for and its address kept: the job stays succeeded, never failed, so
      // nothing invites a retry that would pay again.
      await this.context.update(job, {
        state: 'succeeded',
        downloadBlocked: { host: error.url.host, url: error.url.href },
        error: error.toInfo(),
        download: null,
        note: null,
      });
      return;
    }
    const info =
      error instanceof AppError
        ? error.toInfo()
        : { code: 'internal' as const, message: String(error), traceId: null };
    const age = this.context.clock.now() - finishedAtMs(job);
    let policy = policyFor(error);
    if (policy === 'refused' && age < FRESH_LINK_GRACE_MS) policy = 'again';
    if (policy !== 'again') {
      await this.context.update(job, {
        state: 'failed',
        error: policy === 'refused' ? refusedLinkError(info, error, age) : info,
        download: null,
        note: null,
      });
      return;
    }
    const previous = this.attempts.get(job.id) ?? 0;
    this.attempts.set(job.id, previous + 1);
    const delays = this.options.retryDelaysMs;
    const delay = delays[Math.min(previous, delays.length - 1)] ?? 30_000;
    const note: Pick<JobRecord, 'note' | 'noteText'> =
      info.code === 'disk_full'
        ? { note: info.message, noteText: info.text ?? null }
        : noteOf(
            policyFor(error) === 'refused'
              ? worded('errors:note.fileNotThereYet')
              : worded('errors:note.downloadInterrupted', { reason: info.text ?? info.message }),
          );
    await this.context.update(job, { state: 'downloading', ...note });
    const timer = this.context.clock.setTimeout(() => {
      this.retries.delete(job.id);
      this.fetch(job.id);
    }, delay);
    this.retries.set(job.id, timer);
  }
}

/** When the task finished; a job journalled before this was recorded counts from its last change. */
function finishedAtMs(job: JobRecord): number {
  const at = Date.parse(job.finishedAt ?? job.submittedAt ?? job.updatedAt);
  return Number.isFinite(at) ? at : 0;
}

/** Why a refused result link failed the job, keeping the refusal's code and trace id. */
function refusedLinkError(info: AppErrorInfo, error: unknown, ageMs: number): AppErrorInfo {
  const status = error instanceof DownloadHttpError ? error.status : 404;
  if (ageMs >= LINK_LIFETIME_MS) return reworded(info, 'errors:download_http_expired', { status });
  const minutes = Math.max(10, Math.floor(ageMs / 60_000));
  return reworded(info, 'errors:download_http_refused', { status, minutes });
}
