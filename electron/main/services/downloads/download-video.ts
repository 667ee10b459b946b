import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../../shared/app-error';
import { discardBody, fetchChecked, httpError } from './fetch-checked';
import { IdleWatch, cancelledError, stalledError } from './idle-watch';
import { receiveBody, tooLargeError } from './receive-body';
import { checkDownloadUrl } from './url-policy';

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
 */
export async function downloadVideo(options: DownloadVideoOptions): Promise<DownloadedVideo> {
  if (!FILE_BASE_NAME.test(options.fileBaseName)) {
    throw new AppError(
      'invalid_file_name',
      'The video could not be saved: the file name is not valid.',
    );
  }
  // Before anything else, so a refused address never receives a request.
  const start = checkDownloadUrl(options.url, options.allowedHosts);
  const finalPath = join(options.destDir, `${options.fileBaseName}.mp4`);
  const tempPath = join(options.destDir, `.${options.fileBaseName}.mp4.part`);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const watch = new IdleWatch(options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS, options.signal);

  let file: FileHandle | undefined;
  let createdTemp = false;
  try {
    const { response } = await fetchChecked(start, {
      allowedHosts: options.allowedHosts,
      fetchImpl: options.fetchImpl ?? fetch,
      watch,
    });
    // Only a full answer is accepted for now; a resumed download will also take 206 here.
    if (response.status !== 200) {
      discardBody(response);
      throw httpError(response.status);
    }
    const announced = announcedLength(response);
    if (announced !== null && announced > maxBytes) {
      discardBody(response);
      throw tooLargeError(maxBytes);
    }

    file = await open(tempPath, 'w');
    createdTemp = true;
    const body = await receiveBody(response.body, file, {
      maxBytes,
      announced,
      watch,
      onProgress: options.onProgress,
    });
    await file.sync();
    await file.close();
    file = undefined;
    await rename(tempPath, finalPath);
    createdTemp = false;
    await syncDirectory(options.destDir);
    return { path: finalPath, sizeBytes: body.sizeBytes, sha256: body.sha256 };
  } catch (error) {
    await file?.close().catch(() => undefined);
    // Only a temp file this call opened is removed; a finished video is never touched.
    if (createdTemp) await rm(tempPath, { force: true }).catch(() => undefined);
    throw classify(error, watch);
  }
}

/** The announced size, or null when unknown or when it counts encoded rather than file bytes. */
function announcedLength(response: Response): number | null {
  const encoding = response.headers.get('content-encoding');
  if (encoding !== null && encoding.trim().toLowerCase() !== 'identity') return null;
  const raw = response.headers.get('content-length');
  if (raw === null || !/^\d{1,16}$/.test(raw.trim())) return null;
  return Number(raw.trim());
}

function classify(error: unknown, watch: IdleWatch): AppError {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppError(
      'disk_full',
      'The disk is full, so the video could not be saved. Free some space and try again.',
    );
  }
  if (watch.cancelled) return cancelledError();
  if (watch.stalled) return stalledError(watch.idleTimeoutMs);
  return new AppError(
    'download_failed',
    `The video could not be downloaded (${describe(error)}). Check the connection and try again.`,
  );
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message.slice(0, 120) : 'unknown error';
}

/** Makes the rename durable. Some platforms cannot open or sync a folder; that is not fatal. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EBADF'].includes(code ?? ''))
      throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
