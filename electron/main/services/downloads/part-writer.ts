import type { FileHandle } from 'node:fs/promises';
import { t } from '../../../../shared/i18n';

/** Bytes gathered before one write: a few hundred writes for a video instead of thousands. */
export const WRITE_BATCH_BYTES = 1024 * 1024;

/**
 * Writes a body's chunks to the part file in batches of about `WRITE_BATCH_BYTES`, each at its
 * explicit position, with one batch on its way to the disk while the next is gathered — the
 * network is read while the disk writes, instead of each chunk waiting for its own write. At
 * most two batches are held in memory whatever the file's size. A failed write (a full disk)
 * is thrown by the next `add` or by `flush`; the bytes before it are on the disk in order.
 */
export class PartWriter {
  private gathered: Uint8Array[] = [];
  private gatheredBytes = 0;
  private writing: Promise<void> = Promise.resolve();

  /** `position`: where the first byte goes (the size of a resumed part, else 0). */
  constructor(
    private readonly file: FileHandle,
    private position: number,
    private readonly batchBytes = WRITE_BATCH_BYTES,
  ) {}

  /** Takes a chunk; waits only when a full batch must wait for the write before it. */
  async add(chunk: Uint8Array): Promise<void> {
    this.gathered.push(chunk);
    this.gatheredBytes += chunk.byteLength;
    if (this.gatheredBytes >= this.batchBytes) await this.ship();
  }

  /** Writes what is gathered and waits for every write; throws the first write's error. */
  async flush(): Promise<void> {
    if (this.gatheredBytes > 0) await this.ship();
    await this.writing;
  }

  /**
   * Waits for the write under way, then starts the next one. Called by `add` and `flush` only,
   * one at a time, so writes never overlap and land in order.
   */
  private async ship(): Promise<void> {
    await this.writing;
    const batch =
      this.gathered.length === 1
        ? (this.gathered[0] as Uint8Array)
        : Buffer.concat(this.gathered, this.gatheredBytes);
    const at = this.position;
    this.position += this.gatheredBytes;
    this.gathered = [];
    this.gatheredBytes = 0;
    this.writing = writeAll(this.file, batch, at);
    // Seen by the next ship or flush; until then it must not count as unhandled.
    this.writing.catch(() => undefined);
  }
}

async function writeAll(file: FileHandle, chunk: Uint8Array, position: number): Promise<void> {
  let offset = 0;
  while (offset < chunk.byteLength) {
    // Explicit positions: a resumed file is appended to exactly where its saved bytes end.
    const { bytesWritten } = await file.write(
      chunk,
      offset,
      chunk.byteLength - offset,
      position + offset,
    );
    // Guards the loop: a write that makes no progress would otherwise spin forever.
    if (bytesWritten <= 0) throw new Error(t('errors:download_failed.diskAcceptedNothing'));
    offset += bytesWritten;
  }
}
