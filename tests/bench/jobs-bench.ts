import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LIMITS } from '../../electron/main/services/jobs/job-limits';
import { createMainServices } from '../../electron/main/main-services';
import { MemorySecretBackend } from '../../electron/main/services/secrets/secret-backend';
import { startFakeAceData } from '../fixtures/fake-acedata/server';
import { runNaiveClient } from './naive-poller';

/** One provider second lasts this many real milliseconds, so hours of jobs fit in a minute. */
export const SCALE_MS = 50;
const TOKEN = 'sk-bench-token-0000';
/** Tasks take 30–90 provider seconds, a short version of the 1–5 minutes the docs give. */
const taskDuration = () => (30 + Math.random() * 60) * SCALE_MS;

export interface JobsBenchRow {
  jobs: number;
  appRequests: number;
  naiveRequests: number;
  ratio: number;
  /** The polling requests alone (`/kling/tasks`): submissions are one per job in both clients. */
  appPolls: number;
  naivePolls: number;
  pollRatio: number;
  medianDelayS: number;
  p95DelayS: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

interface Requests {
  requests: number;
  polls: number;
}

/** What the fake server saw: every API request, and the polls among them. */
function counted(api: { requests: { path: string }[] }): Requests {
  const calls = api.requests.filter((r) => r.path.startsWith('/kling/'));
  return { requests: calls.length, polls: calls.filter((r) => r.path === '/kling/tasks').length };
}

async function runApp(jobs: number): Promise<Requests & { delays: number[] }> {
  const api = await startFakeAceData({ taskDurationMs: taskDuration, validToken: TOKEN });
  const dataDir = await mkdtemp(join(tmpdir(), 'kling-bench-'));
  const succeededAt = new Map<string, number>();
  const keychain = new MemorySecretBackend();
  await keychain.set('acedata-api-token', TOKEN);
  const services = await createMainServices({
    version: 'bench',
    dataDir,
    workspaceDir: join(dataDir, 'workspace'),
    apiBaseUrl: api.url,
    downloadHosts: [new URL(api.url).host],
    keychain,
    isTrustedSender: () => true,
    emit: (event, payload) => {
      const job = payload as { taskId?: string | null; state?: string };
      if (
        event === 'jobs:changed' &&
        job.state === 'succeeded' &&
        job.taskId &&
        !succeededAt.has(job.taskId)
      ) {
        succeededAt.set(job.taskId, Date.now());
      }
    },
    openExternal: async () => false,
    // The app's real policy, scaled: its default floor, cap and submission interval. In flight
    // is raised to the job count so both clients run the same number of tasks at once.
    limits: {
      pollFloorMs: (DEFAULT_LIMITS.pollFloorMs / 1000) * SCALE_MS,
      pollCapMs: (DEFAULT_LIMITS.pollCapMs / 1000) * SCALE_MS,
      minSubmitIntervalMs: (DEFAULT_LIMITS.minSubmitIntervalMs / 1000) * SCALE_MS,
      maxInFlight: jobs,
    },
  });
  for (let i = 0; i < jobs; i++)
    await services.jobs.submit({ action: 'text2video', prompt: `bench ${i}`, model: 'kling-v1' });
  for (let i = 0; i < 100_000; i++) {
    if (services.jobs.list().every((j) => j.state === 'ready' || j.state === 'failed')) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  services.stop();
  const delays = [...api.tasks.values()].flatMap((task) => {
    const seen = succeededAt.get(task.id);
    return seen && task.finishedAt ? [(seen - task.finishedAt * 1000) / SCALE_MS] : [];
  });
  const seen = counted(api);
  await api.close();
  await rm(dataDir, { recursive: true, force: true });
  return { ...seen, delays };
}

async function runNaive(jobs: number): Promise<Requests> {
  const api = await startFakeAceData({ taskDurationMs: taskDuration, validToken: TOKEN });
  await runNaiveClient(api.url, TOKEN, jobs, 3 * SCALE_MS);
  const seen = counted(api);
  await api.close();
  return seen;
}

export async function benchJobs(sizes: readonly number[]): Promise<JobsBenchRow[]> {
  const rows: JobsBenchRow[] = [];
  for (const jobs of sizes) {
    const app = await runApp(jobs);
    const naive = await runNaive(jobs);
    const delays = app.delays.sort((a, b) => a - b);
    rows.push({
      jobs,
      appRequests: app.requests,
      naiveRequests: naive.requests,
      ratio: naive.requests / app.requests,
      appPolls: app.polls,
      naivePolls: naive.polls,
      pollRatio: naive.polls / app.polls,
      medianDelayS: percentile(delays, 50),
      p95DelayS: percentile(delays, 95),
    });
  }
  return rows;
}
