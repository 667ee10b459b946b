import { createHash, type Hash } from 'node:crypto';
import { rm, type FileHandle } from 'node:fs/promises';
import { SpliceRefused } from './download-errors';
import { discardBody, fetchChecked, httpError } from './fetch-checked';
import { IdleWatch, cancelledError, stalledError } from './idle-watch';
import { parseContentRange } from './content-range';
import {
  CREATE_PART_FLAGS,
  RESUME_PART_FLAGS,
  hashSavedBytes,
  placePart,
  savedPartSize,
  verifyPart,
  type OpenFile,
  type PartPaths,
} from './part-file';
import { receiveBody, tooLargeError } from './receive-body';
import { readResumeState, validatorOf, writeResumeState } from './resume-state';

export interface AttemptSettings {
  /** The address as the caller gave it: the state file must name the same one to be resumed. */
  url: string;
  start: URL;
  paths: PartPaths;
  allowedHosts: readonly string[];
  fetchImpl: typeof fetch;
  openFile: OpenFile;
  maxBytes: number;
  idleTimeoutMs: number;
  signal: AbortSignal | undefined;
  onProgress: ((receivedBytes: number, totalBytes: number | null) => void) | undefined;
}

/** Saved bytes that may be continued; null means start from zero. */
export interface Resumable {
  from: number;
  validator: string;
  totalBytes: number;
}

interface WritePlan {
  offset: number;
  announced: number | null;
  totalBytes: number | null;
}

/** The part on disk is only worth continuing when it belongs to this URL and can be validated. */
export async function findResumable(paths: PartPaths, url: string): Promise<Resumable | null> {
  const size = await savedPartSize(paths);
  if (size === 0) return null;
  const state = await readResumeState(paths.statePath);
  if (state === null || state.url !== url || state.validator === null) return null;
  if (state.totalBytes === null || size >= state.totalBytes) return null;
  return { from: size, validator: state.validator, totalBytes: state.totalBytes };
}

/** One request and its body, from wherever the saved part ends to a verified file in place. */
export async function attemptDownload(
  settings: AttemptSettings,
): Promise<{ sizeBytes: number; sha256: string }> {
  const { paths } = settings;
  const saved = await findResumable(paths, settings.url);
  const watch = new IdleWatch(settings.idleTimeoutMs, settings.signal);
  let response: Response | undefined;
  let file: FileHandle | undefined;
  try {
    ({ response } = await fetchChecked(settings.start, {
      allowedHosts: settings.allowedHosts,
      fetchImpl: settings.fetchImpl,
      watch,
      // If-Range makes a server whose file changed send all of it (200) instead of a bad splice.
      ...(saved ? { headers: { range: `bytes=${saved.from}-`, 'if-range': saved.validator } } : {}),
    }));
    const plan = planWrite(response, saved, settings.maxBytes);

    let hash: Hash;
    if (plan.offset === 0) {
      file = await startFresh(settings, response, plan.totalBytes);
      hash = createHash('sha256');
    } else {
      file = await settings.openFile(paths.partPath, RESUME_PART_FLAGS);
      hash = await hashSavedBytes(file, plan.offset);
    }
    const body = await receiveBody(response.body, file, {
      offset: plan.offset,
      hash,
      maxBytes: settings.maxBytes,
      announced: plan.announced,
      totalBytes: plan.totalBytes,
      watch,
      onProgress: settings.onProgress,
    });
    await verifyPart(file, body.sizeBytes);
    await file.close();
    file = undefined;
    await placePart(paths);
    return body;
  } catch (error) {
    if (response) discardBody(response);
    if (error instanceof Error && error.name === 'AbortError') {
      if (watch.cancelled) throw cancelledError();
      if (watch.stalled) throw stalledError(watch.idleTimeoutMs);
    }
    throw error;
  } finally {
    if (file) {
      // Whatever reached the part is kept for a resume, so make it durable before letting go.
      await file.sync().catch(() => undefined);
      await file.close().catch(() => undefined);
    }
  }
}

function planWrite(response: Response, saved: Resumable | null, maxBytes: number): WritePlan {
  if (response.status === 200) {
    // Also the answer to a range request whose If-Range no longer matches: start over.
    const length = announcedLength(response);
    if (length !== null && length > maxBytes) throw tooLargeError(maxBytes);
    return { offset: 0, announced: length, totalBytes: length };
  }
  if (saved === null) throw httpError(response.status);
  if (response.status === 416) throw new SpliceRefused('the saved range is not satisfiable');
  if (response.status !== 206) throw httpError(response.status);

  const range = parseContentRange(response.headers.get('content-range'));
  if (range === null) throw new SpliceRefused('the 206 answer has no usable Content-Range');
  if (range.first !== saved.from || range.complete !== saved.totalBytes)
    throw new SpliceRefused('the 206 answer does not continue the saved bytes');
  const spanBytes = range.last - range.first + 1;
  const length = announcedLength(response);
  if (length !== null && length !== spanBytes)
    throw new SpliceRefused('the 206 answer contradicts its own Content-Range');
  return { offset: saved.from, announced: spanBytes, totalBytes: saved.totalBytes };
}

/**
 * Empties the part before recording the new state: a crash in between must never pair old
 * bytes with a new validator, or a later resume would splice two different files.
 */
async function startFresh(
  settings: AttemptSettings,
  response: Response,
  totalBytes: number | null,
): Promise<FileHandle> {
  const { paths } = settings;
  await rm(paths.partPath, { force: true });
  // Exclusive and without following links: refuses anything that appeared there meanwhile.
  const file = await settings.openFile(paths.partPath, CREATE_PART_FLAGS);
  try {
    await writeResumeState(paths.statePath, {
      version: 1,
      url: settings.url,
      validator: validatorOf(response),
      totalBytes,
    });
  } catch (error) {
    await file.close().catch(() => undefined);
    throw error;
  }
  return file;
}

/** The announced size, or null when unknown or when it counts encoded rather than file bytes. */
function announcedLength(response: Response): number | null {
  const encoding = response.headers.get('content-encoding');
  if (encoding !== null && encoding.trim().toLowerCase() !== 'identity') return null;
  const raw = response.headers.get('content-length');
  if (raw === null || !/^\d{1,16}$/.test(raw.trim())) return null;
  return Number(raw.trim());
}
