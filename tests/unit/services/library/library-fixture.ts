import { mkdir, mkdtemp, readdir, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  Library,
  type LibraryChange,
  type LibraryOptions,
} from '../../../../electron/main/services/library/library';

export const SHA = 'a'.repeat(64);

/** A workspace, a data folder and a fake trash (a folder) in one temp dir per test. */
export interface Env {
  root: string;
  workspace: string;
  data: string;
  trashDir: string;
  trash: (path: string) => Promise<void>;
  changes: LibraryChange[];
  cleanup(): Promise<void>;
}

export async function makeEnv(): Promise<Env> {
  const root = await mkdtemp(join(tmpdir(), 'kling-library-'));
  const trashDir = join(root, 'trash');
  await mkdir(trashDir);
  let n = 0;
  return {
    root,
    workspace: join(root, 'workspace'),
    data: join(root, 'data'),
    trashDir,
    trash: async (path) => {
      await rename(path, join(trashDir, `${++n}-${basename(path)}`));
    },
    changes: [],
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

export async function openLibrary(env: Env, extra: Partial<LibraryOptions> = {}): Promise<Library> {
  const library = new Library({
    workspaceDir: env.workspace,
    dataDir: env.data,
    mediaUrlFor: (id) => `kling-media://clip/${id}`,
    posterUrlFor: (id) => `kling-media://poster/${id}`,
    trash: env.trash,
    onChange: (change) => env.changes.push(change),
    ...extra,
  });
  await library.open();
  return library;
}

export interface ClipSpec {
  jobId: string;
  clipId?: string;
  prompt?: string;
  createdAt?: string;
  video?: boolean;
  [key: string]: unknown;
}

/** Writes a sidecar (and a stand-in video) the way the app would, dated in the past. */
export async function writeClip(dir: string, spec: ClipSpec): Promise<string> {
  const { video = true, ...fields } = spec;
  const sidecar = {
    version: 1,
    clipId: `clip_${spec.jobId}`,
    videoFile: `${spec.jobId}.mp4`,
    action: 'text2video',
    model: 'kling-v2-6',
    mode: 'std',
    prompt: 'a prompt',
    parameters: { prompt: spec.prompt ?? 'a prompt', mode: 'std' },
    taskId: `task_${spec.jobId}`,
    videoId: `video_${spec.jobId}`,
    sourceUrl: 'https://cdn.example.com/v.mp4',
    durationSec: 5,
    sizeBytes: 5,
    sha256: SHA,
    parentClipId: null,
    submittedAt: '2025-01-01T00:00:00.000Z',
    createdAt: '2025-01-01T00:00:00.000Z',
    ...fields,
  };
  const path = join(dir, `${spec.jobId}.kling.json`);
  await writeFile(path, JSON.stringify(sidecar, null, 2));
  if (video) await writeFile(join(dir, `${spec.jobId}.mp4`), 'video');
  await age(path);
  return path;
}

/** Dates a file a minute back: the library waits for files younger than 2 s to settle. */
export async function age(path: string): Promise<void> {
  const past = new Date(Date.now() - 60_000);
  await utimes(path, past, past);
}

export async function list(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

/** Resolves once `check` holds, polling; fails the test after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}
