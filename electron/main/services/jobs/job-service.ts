import type { Job } from '../../../../shared/domain';
import type { ModelId } from '../../../../shared/models';
import { AppError } from '../../../../shared/app-error';
import type { DownloadVideoOptions, DownloadedVideo } from '../downloads/download-video';
import type { KlingClient } from '../kling/kling-client';
import { MAX_BATCH_IDS } from '../kling/kling-client';
import { outcomeOf } from '../kling/task-record';
import type { Library } from '../library/library';
import { newId } from '../ids';
import type { JobJournal } from './job-journal';
import { publicJob, type JobRecord } from './job-record';

export interface TextToVideoJob {
  action: 'text2video';
  projectId?: string | undefined;
  prompt: string;
  model: ModelId;
}

export interface JobServiceOptions {
  journal: JobJournal;
  client: Pick<KlingClient, 'submit' | 'retrieveBatch'>;
  library: Library;
  hasToken: () => Promise<boolean>;
  download: (options: DownloadVideoOptions) => Promise<DownloadedVideo>;
  downloadHosts: readonly string[];
  pollIntervalMs?: number;
  onJobChanged?: (job: Job) => void;
  onLibraryChanged?: (projectId: string) => void;
  onError?: (error: unknown) => void;
  now?: () => Date;
}

const POLLED = new Set(['submitted', 'running']);

/**
 * Follows each job from the click to a verified file in the library. Every state is in the
 * journal before the app acts on it; nothing is ever submitted twice without the user.
 */
export class JobService {
  private timer: NodeJS.Timeout | null = null;
  private polling = false;
  private readonly downloads = new Map<string, Promise<void>>();
  private readonly abort = new AbortController();
  private readonly now: () => Date;
  private readonly pollIntervalMs: number;

  constructor(private readonly options: JobServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.pollIntervalMs = options.pollIntervalMs ?? 5_000;
  }

  list(): Job[] {
    return this.options.journal.all().map(publicJob);
  }

  /** Carries on from whatever the journal says, then polls on a timer. */
  async start(): Promise<void> {
    for (const job of this.options.journal.all()) {
      if (job.state === 'queued') void this.send(job);
      else if (job.state === 'submitting') {
        // The request may have reached the provider: never resend it on our own.
        await this.update(job, {
          state: 'unknown',
          error: {
            code: 'submission_uncertain',
            message: 'The app stopped while this job was being sent, so AceData may have started it. Check your AceData usage before sending it again.',
            traceId: null,
          },
        });
      } else if (job.state === 'succeeded' || job.state === 'downloading') this.fetchResult(job);
    }
    this.schedule(0);
  }

  stop(): void {
    this.abort.abort();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  async submit(input: TextToVideoJob): Promise<Job> {
    if (!(await this.options.hasToken())) {
      throw new AppError('no_token', 'Add your AceData API token in Settings first.');
    }
    const projectId = input.projectId ?? this.options.library.defaultProjectId();
    this.options.library.projectDir(projectId); // refuses an unknown project before anything is written
    const at = this.now().toISOString();
    const job: JobRecord = {
      id: newId('job'),
      projectId,
      action: input.action,
      model: input.model,
      prompt: input.prompt,
      state: 'queued',
      taskId: null,
      clipId: null,
      error: null,
      createdAt: at,
      updatedAt: at,
      download: null,
      body: { action: input.action, model: input.model, prompt: input.prompt },
      traceId: null,
      videoUrl: null,
      videoId: null,
      durationSec: null,
    };
    await this.update(job, {});
    void this.send(job);
    return publicJob(job);
  }

  /** One polling cycle: every open job in as few `retrieve_batch` calls as possible. */
  async pollOnce(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const open = this.options.journal.all().filter((j) => POLLED.has(j.state) && j.taskId);
      for (let i = 0; i < open.length; i += MAX_BATCH_IDS) {
        const chunk = open.slice(i, i + MAX_BATCH_IDS);
        const records = await this.options.client.retrieveBatch(chunk.map((j) => j.taskId as string));
        const byTask = new Map(records.map((r) => [r.id, r]));
        for (const job of chunk) {
          const record = byTask.get(job.taskId as string);
          if (record) await this.advance(job.id, outcomeOf(record));
        }
      }
    } finally {
      this.polling = false;
    }
  }

  private schedule(delayMs: number): void {
    if (this.abort.signal.aborted) return;
    this.timer = setTimeout(() => {
      this.pollOnce()
        .catch((error: unknown) => this.options.onError?.(error))
        .finally(() => this.schedule(this.pollIntervalMs));
    }, delayMs);
    this.timer.unref?.();
  }

  private async send(queued: JobRecord): Promise<void> {
    let job = await this.update(queued, { state: 'submitting' });
    try {
      const { taskId, traceId } = await this.options.client.submit(job.body);
      job = await this.update(job, { state: 'submitted', taskId, traceId });
    } catch (error) {
      const info = error instanceof AppError ? error.toInfo() : unexpected(error);
      // Only a failure that certainly happened before sending can be called "failed";
      // anything else may have started a paid task.
      const state = info.code === 'submission_uncertain' ? 'unknown' : 'failed';
      await this.update(job, { state, error: info });
    }
  }

  private async advance(jobId: string, outcome: ReturnType<typeof outcomeOf>): Promise<void> {
    const job = this.options.journal.get(jobId);
    if (!job || !POLLED.has(job.state)) return;
    if (outcome.state === 'running') {
      if (job.state !== 'running') await this.update(job, { state: 'running' });
      return;
    }
    if (outcome.state === 'failed') {
      await this.update(job, {
        state: 'failed',
        error: { code: outcome.code, message: `Kling could not make this video: ${outcome.message}`, traceId: outcome.traceId },
      });
      return;
    }
    const done = await this.update(job, {
      state: 'succeeded',
      videoUrl: outcome.videoUrl,
      videoId: outcome.videoId,
      durationSec: outcome.durationSec,
    });
    this.fetchResult(done);
  }

  /** Downloads the result once, even if asked again while it runs. */
  private fetchResult(job: JobRecord): void {
    if (this.downloads.has(job.id)) return;
    const run = this.download(job)
      .catch((error: unknown) => this.options.onError?.(error))
      .finally(() => this.downloads.delete(job.id));
    this.downloads.set(job.id, run);
  }

  private async download(start: JobRecord): Promise<void> {
    const existing = this.options.library.findClipByJob(start.id);
    if (existing) {
      await this.update(start, { state: 'ready', clipId: existing.id, download: null });
      return;
    }
    let job = await this.update(start, { state: 'downloading', download: { receivedBytes: 0, totalBytes: null } });
    let lastReport = 0;
    try {
      const file = await this.options.download({
        url: job.videoUrl ?? '',
        destDir: this.options.library.projectDir(job.projectId),
        fileBaseName: job.id,
        allowedHosts: this.options.downloadHosts,
        signal: this.abort.signal,
        onProgress: (receivedBytes, totalBytes) => {
          // Progress is shown, not journalled: it is cheap to redo and would wear the disk.
          if (Date.now() - lastReport < 200) return;
          lastReport = Date.now();
          job = { ...job, download: { receivedBytes, totalBytes } };
          this.options.onJobChanged?.(publicJob(job));
        },
      });
      const clip = await this.options.library.addClip(job.projectId, {
        jobId: job.id,
        videoFile: `${job.id}.mp4`,
        action: job.action,
        model: job.model,
        prompt: job.prompt,
        parameters: job.body,
        taskId: job.taskId ?? '',
        videoId: job.videoId,
        sourceUrl: job.videoUrl ?? '',
        durationSec: job.durationSec,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
        parentClipId: null,
        submittedAt: job.createdAt,
      });
      await this.update(job, { state: 'ready', clipId: clip.id, download: null });
      this.options.onLibraryChanged?.(job.projectId);
    } catch (error) {
      if (this.abort.signal.aborted) return;
      const info = error instanceof AppError ? error.toInfo() : unexpected(error);
      await this.update(job, { state: 'failed', error: info, download: null });
    }
  }

  private async update(job: JobRecord, change: Partial<JobRecord>): Promise<JobRecord> {
    const next: JobRecord = { ...job, ...change, updatedAt: this.now().toISOString() };
    await this.options.journal.put(next);
    this.options.onJobChanged?.(publicJob(next));
    return next;
  }
}

function unexpected(error: unknown): { code: string; message: string; traceId: null } {
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Something unexpected went wrong: ${detail.slice(0, 200)}`, traceId: null };
}
