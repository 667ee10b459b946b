import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { AppError } from '../../../../shared/app-error';
import type { IdleWatch } from './idle-watch';

const HEADER_BYTES = 12;
const FTYP = [0x66, 0x74, 0x79, 0x70];

export interface ReceiveLimits {
  maxBytes: number;
  /** Content-Length, when the server gave a usable one. */
  announced: number | null;
  watch: IdleWatch;
  onProgress?: ((receivedBytes: number, totalBytes: number | null) => void) | undefined;
}

export interface ReceivedBody {
  sizeBytes: number;
  sha256: string;
}

/**
 * Streams a response body into an open file, hashing as it goes. Limits are checked before each
 * chunk is written, so an oversized or non-video body stops early instead of filling the disk.
 */
export async function receiveBody(
  body: ReadableStream<Uint8Array> | null,
  file: FileHandle,
  limits: ReceiveLimits,
): Promise<ReceivedBody> {
  const hash = createHash('sha256');
  const header = new Uint8Array(HEADER_BYTES);
  let headerLength = 0;
  let received = 0;

  if (body !== null) {
    const reader = body.getReader();
    try {
      // Ends: every pass either adds at least one byte (bounded by maxBytes) or is an empty chunk,
      // and empty chunks do not extend the idle deadline.
      for (;;) {
        const chunk = await readChunk(reader, limits);
        if (chunk === null) break;
        if (chunk.byteLength === 0) continue;
        limits.watch.progressed();
        received += chunk.byteLength;
        if (received > limits.maxBytes) throw tooLargeError(limits.maxBytes);
        if (limits.announced !== null && received > limits.announced)
          throw sizeMismatch(received, limits.announced);

        if (headerLength < HEADER_BYTES) {
          const take = chunk.subarray(0, HEADER_BYTES - headerLength);
          header.set(take, headerLength);
          headerLength += take.byteLength;
          if (headerLength === HEADER_BYTES && !looksLikeMp4(header)) throw notMp4();
        }
        hash.update(chunk);
        await writeAll(file, chunk);
        limits.onProgress?.(received, limits.announced);
      }
    } catch (error) {
      reader.cancel().catch(() => undefined);
      throw error;
    }
  }

  if (headerLength < HEADER_BYTES) throw notMp4();
  if (limits.announced !== null && received !== limits.announced)
    throw sizeMismatch(received, limits.announced);
  return { sizeBytes: received, sha256: hash.digest('hex') };
}

async function readChunk(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  limits: ReceiveLimits,
): Promise<Uint8Array | null> {
  try {
    const { done, value } = await limits.watch.run(reader.read());
    return done ? null : value;
  } catch (error) {
    if (error instanceof AppError || limits.watch.cancelled || limits.watch.stalled) throw error;
    // The connection broke mid-body (reset, early close): what we have is a fragment.
    throw new AppError(
      'download_incomplete',
      'The connection to the video server broke before the video was complete. Try again.',
    );
  }
}

// An MP4 (ISO base media file) starts with a box whose type, at byte 4, is `ftyp`.
function looksLikeMp4(header: Uint8Array): boolean {
  return FTYP.every((byte, index) => header[4 + index] === byte);
}

async function writeAll(file: FileHandle, chunk: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < chunk.byteLength) {
    const { bytesWritten } = await file.write(chunk, offset, chunk.byteLength - offset);
    // Guards the loop: a write that makes no progress would otherwise spin forever.
    if (bytesWritten <= 0) throw new Error('The disk accepted no data');
    offset += bytesWritten;
  }
}

export function tooLargeError(maxBytes: number): AppError {
  return new AppError(
    'download_too_large',
    `The video is larger than the ${formatBytes(maxBytes)} limit, so it was not downloaded.`,
  );
}

function notMp4(): AppError {
  return new AppError(
    'not_mp4',
    'The server sent something that is not an MP4 video, so it was not saved.',
  );
}

function sizeMismatch(received: number, announced: number): AppError {
  return new AppError(
    'download_incomplete',
    `The server announced ${formatBytes(announced)} but sent ${received > announced ? 'more' : formatBytes(received)}, so the download was discarded. Try again.`,
  );
}

function formatBytes(bytes: number): string {
  const mib = 1024 * 1024;
  return bytes >= mib
    ? `${Math.round(bytes / mib).toLocaleString('en-US')} MB`
    : `${bytes.toLocaleString('en-US')} bytes`;
}
