import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { AppError } from '../../../../shared/app-error';
import {
  downloadVideo,
  type DownloadVideoOptions,
  type DownloadedVideo,
} from '../../../../electron/main/services/downloads/download-video';
import type { VideoServer } from './video-server';

export const SAMPLE_PATH = resolve(import.meta.dirname, '../../../fixtures/media/sample.mp4');
export const JOB = 'job_0123abcd';
export const ETAG = '"v1-abc"';
export const FINAL = `${JOB}.mp4`;
export const PART = `.${JOB}.mp4.part`;
export const STATE = `.${JOB}.mp4.part.json`;

/** A fresh data folder per test: `<root>/projects/proj_1`. */
export async function makeFolders(): Promise<{ root: string; destDir: string }> {
  const root = await mkdtemp(join(tmpdir(), 'kling-download-'));
  const destDir = join(root, 'projects', 'proj_1');
  await mkdir(destDir, { recursive: true });
  return { root, destDir };
}

/** Options for one download (one call, one attempt) from `server`. */
export function optionsFor(
  server: VideoServer,
  destDir: string,
  extra: Partial<DownloadVideoOptions> = {},
): DownloadVideoOptions {
  return {
    url: `${server.origin}/video.mp4`,
    destDir,
    fileBaseName: JOB,
    allowedHosts: [server.host],
    ...extra,
  };
}

/**
 * Calls `downloadVideo` again after each failed call, as the result fetcher's schedule does
 * (without its waits), at most `maxCalls` times. One call is one attempt, so a resume or a
 * fresh start shows up as a further call; `failedWith` lists the codes of the failed calls.
 */
export async function downloadAcrossCalls(
  options: DownloadVideoOptions,
  maxCalls = 4,
): Promise<{ result: DownloadedVideo; failedWith: string[] }> {
  const failedWith: string[] = [];
  for (let call = 1; call <= maxCalls; call++) {
    try {
      return { result: await downloadVideo(options), failedWith };
    } catch (error) {
      if (!(error instanceof AppError) || call === maxCalls) throw error;
      failedWith.push(error.code);
    }
  }
  throw new Error('unreachable: the last call returns or throws');
}

export async function failure(work: Promise<unknown>): Promise<AppError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the download to fail');
}

export const sha256 = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

/** The folder holds the finished clip and nothing else: no part, no state file. */
export async function expectOnlyFinal(destDir: string, bytes: Uint8Array): Promise<void> {
  expect(await readdir(destDir)).toEqual([FINAL]);
  expect(Buffer.compare(await readFile(join(destDir, FINAL)), bytes)).toBe(0);
}
