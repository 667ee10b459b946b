import { copyFile, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Job, QueueStatus } from '../../shared/domain';
import type { ProviderErrorCode } from '../../shared/app-error';
import type { DownloadVideoOptions } from '../../electron/main/services/downloads/download-video';
import { ApiError } from '../../electron/main/services/kling/api-errors';
import type { SubmitResult } from '../../electron/main/services/kling/kling-client';
import type { TaskRecord } from '../../electron/main/services/kling/task-record';
import { JobJournal, type JournalStore } from '../../electron/main/services/jobs/job-journal';
import { JournalSchema, type JournalFile } from '../../electron/main/services/jobs/job-record';
import type { JobLimits } from '../../electron/main/services/jobs/job-limits';
import { JobService, type JobServiceOptions } from '../../electron/main/services/jobs/job-service';
import { Library } from '../../electron/main/services/library/library';
import { ManualClock, settle } from './manual-clock';

export const SAMPLE_MP4 = resolve(import.meta.dirname, '../fixtures/media/sample.mp4');

/** A provider answering from memory, so tests can script time and failures exactly. */
export class ScriptedProvider {
  submits: Record<string, unknown>[] = [];
  batches: string[][] = [];
  /** Task id → what retrieve_batch says about it; absent = still running. */
  outcomes = new Map<string, TaskRecord['response']>();
  submitFailures: unknown[] = [];
  batchFailures: unknown[] = [];
  private counter = 0;

  async submit(body: Record<string, unknown>): Promise<SubmitResult> {
    const failure = this.submitFailures.shift();
    if (failure) throw failure;
    this.submits.push(body);
    return { taskId: `task_${++this.counter}`, traceId: `trace_${this.counter}` };
  }

  async retrieveBatch(ids: readonly string[]): Promise<TaskRecord[]> {
    this.batches.push([...ids]);
    const failure = this.batchFailures.shift();
    if (failure) throw failure;
    return ids.map((id) => ({ id, response: this.outcomes.get(id) }) as TaskRecord);
  }

  finish(taskId: string): void {
    this.outcomes.set(taskId, {
      success: true,
      video_url: `https://cdn.example/${taskId}.mp4`,
      duration: '5',
    });
  }
}

export function apiError(
  status: number,
  code: ProviderErrorCode,
  retryAfter: string | null = null,
): ApiError {
  return new ApiError(code, `${code} (${status})`, 'trace', status, retryAfter);
}

/** Keeps the journal's text in memory, so a manual clock is not raced by disk writes. */
export class MemoryJournalStore implements JournalStore {
  // Kept as text, so a restarted rig reads a copy, as it would from disk.
  text: string | null = null;
  writes = 0;
  async read(): ReturnType<JournalStore['read']> {
    return this.text === null
      ? { kind: 'missing' }
      : { kind: 'value', value: JournalSchema.parse(JSON.parse(this.text)) };
  }
  async write(value: JournalFile): Promise<void> {
    this.text = JSON.stringify(value);
    this.writes++;
  }
}

export interface JobRig {
  clock: ManualClock;
  provider: ScriptedProvider;
  service: JobService;
  journal: JobJournal;
  library: Library;
  jobs: Map<string, Job>;
  queue: QueueStatus[];
  downloads: string[];
  dir: string;
  store: MemoryJournalStore;
  /** Settles until the condition holds (file work in the library is real I/O). */
  eventually<T>(read: () => T | undefined | null | false): Promise<T>;
  restart(): Promise<JobRig>;
  dispose(): Promise<void>;
}

/** A job service on a manual clock, a scripted provider and real files in a temp folder. */
export async function jobRig(
  limits: Partial<JobLimits> = {},
  dir?: string,
  provider = new ScriptedProvider(),
  store = new MemoryJournalStore(),
  extra: Pick<JobServiceOptions, 'holdFor'> = {},
): Promise<JobRig> {
  const root = dir ?? (await mkdtemp(join(tmpdir(), 'kling-rig-')));
  const clock = new ManualClock();
  const library = new Library({
    workspaceDir: join(root, 'workspace'),
    mediaUrlFor: (id) => `kling-media://clip/${id}`,
    // The "system trash" of these tests: a folder beside the workspace.
    trash: async (path) => {
      await mkdir(join(root, 'trash'), { recursive: true });
      await rename(path, join(root, 'trash', `${Date.now()}-${basename(path)}`));
    },
  });
  await library.open();
  const journal = new JobJournal(store);
  await journal.load();
  const jobs = new Map<string, Job>();
  const queue: QueueStatus[] = [];
  const downloads: string[] = [];
  const service = new JobService({
    journal,
    client: provider,
    library,
    hasToken: async () => true,
    download: async (o: DownloadVideoOptions) => {
      downloads.push(o.url);
      const path = join(o.destDir, `${o.fileBaseName}.mp4`);
      await copyFile(SAMPLE_MP4, path);
      const bytes = await readFile(path);
      return {
        path,
        sizeBytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      };
    },
    downloadHosts: ['cdn.example'],
    clock,
    random: () => 0.5,
    limits: { pollFloorMs: 5_000, pollCapMs: 60_000, ...limits },
    onJobChanged: (job) => jobs.set(job.id, job),
    onQueueChanged: (status) => queue.push(status),
    ...extra,
  });
  const rig: JobRig = {
    clock,
    provider,
    service,
    journal,
    library,
    jobs,
    queue,
    downloads,
    dir: root,
    store,
    async eventually(read) {
      for (let i = 0; i < 400; i++) {
        const value = read();
        if (value) return value;
        await settle(1);
        await new Promise((r) => setTimeout(r, 5));
      }
      throw new Error('condition not reached');
    },
    async restart() {
      service.stop();
      return jobRig(limits, root, provider, store, extra);
    },
    async dispose() {
      service.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
  return rig;
}
