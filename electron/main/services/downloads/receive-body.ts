import type { Hash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { wordedError } from '../../../../shared/wording';
import { AppError } from '../../../../shared/app-error';
import { bytesWording, TransferInterrupted } from './download-errors';
import type { IdleWatch } from './idle-watch';
import { looksLikeMp4, notMp4Error } from './part-file';
import { PartWriter } from './part-writer';

const HEADER_BYTES = 12;

export interface ReceiveLimits {
  /** Bytes already in the file; the body is written after them. */
  offset: number;
  /** Already fed with those bytes, so the digest covers the whole file. */
  hash: Hash;
  maxBytes: number;
  /** Length of this answer's body, when the server gave a usable one. */
  announced: number | null;
  /** Length of the whole file, when known. */
  totalBytes: number | null;
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
 * A body that ends short is reported as interrupted: the bytes received so far are written
 * first, and are good to resume. Writes go out in batches while the network is read on.
 */
export async function receiveBody(
  body: ReadableStream<Uint8Array> | null,
  file: FileHandle,
  limits: ReceiveLimits,
): Promise<ReceivedBody> {
  // Only a body written from byte 0 can be judged early; a resumed file is checked whole later.
  const header = limits.offset === 0 ? new Uint8Array(HEADER_BYTES) : null;
  let headerLength = 0;
  let received = 0;

  if (body !== null) {
    const reader = body.getReader();
    const writer = new PartWriter(file, limits.offset);
    try {
      // Ends: every pass either adds at least one byte (bounded by maxBytes) or is an empty chunk,
      // and empty chunks do not extend the idle deadline.
      for (;;) {
        const chunk = await readChunk(reader, limits.watch);
        if (chunk === null) break;
        if (chunk.byteLength === 0) continue;
        limits.watch.progressed();
        received += chunk.byteLength;
        if (limits.offset + received > limits.maxBytes) throw tooLargeError(limits.maxBytes);
        if (limits.announced !== null && received > limits.announced)
          throw overlongError(limits.announced);

        if (header !== null && headerLength < HEADER_BYTES) {
          const take = chunk.subarray(0, HEADER_BYTES - headerLength);
          header.set(take, headerLength);
          headerLength += take.byteLength;
          if (headerLength === HEADER_BYTES && !looksLikeMp4(header)) throw notMp4Error();
        }
        limits.hash.update(chunk);
        await writer.add(chunk);
        limits.onProgress?.(limits.offset + received, limits.totalBytes);
      }
      await writer.flush();
    } catch (error) {
      reader.cancel().catch(() => undefined);
      // What was received is a good prefix (a cut, a stall, a cancel): it reaches the disk
      // before the resume point is read from the part's size. A write that failed stays failed.
      await writer.flush().catch(() => undefined);
      throw error;
    }
  }

  const sizeBytes = limits.offset + received;
  if (limits.announced !== null && received < limits.announced) throw new TransferInterrupted();
  if (limits.totalBytes !== null && sizeBytes < limits.totalBytes) throw new TransferInterrupted();
  return { sizeBytes, sha256: limits.hash.digest('hex') };
}

async function readChunk(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  watch: IdleWatch,
): Promise<Uint8Array | null> {
  try {
    const { done, value } = await watch.run(reader.read());
    return done ? null : value;
  } catch (error) {
    if (error instanceof AppError || watch.cancelled || watch.stalled) throw error;
    // The connection broke mid-body (reset, early close): what was written is a good prefix.
    throw new TransferInterrupted();
  }
}

export function tooLargeError(maxBytes: number): AppError {
  return wordedError('download_too_large', 'errors:download_too_large', {
    limit: bytesWording(maxBytes),
  });
}

function overlongError(announced: number): AppError {
  return wordedError('download_incomplete', 'errors:download_incomplete.overlong', {
    announced: bytesWording(announced),
  });
}
