import { open } from 'node:fs/promises';
import { wordedError } from '../../../../shared/wording';
import { attemptDownload, findResumable, type AttemptSettings } from './download-attempt';
import { keepsPart, toAppError } from './download-errors';
import { dropPart, partPaths, type OpenFile, type PartPaths } from './part-file';
import { checkDownloadUrl } from './url-policy';

export type { OpenFile } from './part-file';

export interface DownloadVideoOptions {
  url: string;
  /** The project folder; must exist. */
  destDir: string;
  /** Derived from the job id by the caller; the file is `${fileBaseName}.mp4`. */
  fileBaseName: string;
  allowedHosts: readonly string[];
  /** Default 2 GiB. */
  maxBytes?: number;
  /** Default 30 s without bytes. */
  idleTimeoutMs?: number;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  /** Opens the partial file. A seam for injecting disk faults in tests; defaults to `fs.open`. */
  openFile?: OpenFile;
  onProgress?: (receivedBytes: number, totalBytes: number | null) => void;
}

export interface DownloadedVideo {
  path: string;
  sizeBytes: number;
  sha256: string;
}

export const DEFAULT_MAX_BYTES = 2 * 1024 ** 3;
export const DEFAULT_IDLE_TIMEOUT_MS = 30_000;
const FILE_BASE_NAME = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * Fetches a finished video into the project folder. The file only appears under its final name
 * once it is complete, checked and on disk, so the library never sees a partial or fake video.
 * The name always comes from the caller: whatever the server suggests is ignored.
 *
 * One call is one attempt: it never waits and tries again by itself. Whether and when to try
 * again is the caller's decision (the result fetcher's schedule), so retries live in one layer.
 * A cut, a stall or a full disk leaves a hidden `.part` file and its resume state behind, and
 * the next call asks only for the missing bytes.
 *
 * @throws AppError — `download_*`, `unsafe_url`, `not_mp4`, `disk_full`…; a `DownloadHttpError`
 *   (an AppError) carries the status; `HostBlockedError` when the address is off the list.
 */
export async function downloadVideo(options: DownloadVideoOptions): Promise<DownloadedVideo> {
  if (!FILE_BASE_NAME.test(options.fileBaseName)) {
    throw wordedError('invalid_file_name', 'errors:invalid_file_name');
  }
  // Before anything else, so a refused address never receives a request and nothing is touched.
  const start = checkDownloadUrl(options.url, options.allowedHosts);
  const paths = partPaths(options.destDir, options.fileBaseName);
  const settings: AttemptSettings = {
    url: options.url,
    start,
    paths,
    allowedHosts: options.allowedHosts,
    fetchImpl: options.fetchImpl ?? fetch,
    openFile: options.openFile ?? open,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    idleTimeoutMs: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
    signal: options.signal,
    onProgress: options.onProgress,
  };
  try {
    const body = await attemptDownload(settings);
    return { path: paths.finalPath, sizeBytes: body.sizeBytes, sha256: body.sha256 };
  } catch (error) {
    if (!keepsPart(error, options.signal)) {
      await dropPart(paths).catch(() => undefined);
      throw toAppError(error, 0);
    }
    throw toAppError(error, await keepForLater(paths, options.url));
  }
}

/** Keeps the part only if a later call can resume it; returns how many bytes stay saved. */
async function keepForLater(paths: PartPaths, url: string): Promise<number> {
  try {
    const saved = await findResumable(paths, url);
    if (saved !== null) return saved.from;
    await dropPart(paths);
  } catch {
    // Tidying up must not hide the error the person needs to see.
  }
  return 0;
}
