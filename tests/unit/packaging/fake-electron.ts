import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The marker Electron's binary carries right before its fuse wire (Electron docs: "Fuses"). */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** Electron 45's shipped fuse wire, in FuseV1Options order ('1' on, '0' off). */
export const STOCK_WIRE = '101100011';

/**
 * Writes a stand-in Electron binary: a shell script that exits 0 with a fuse wire embedded the
 * way Electron embeds it (sentinel, version byte, length byte, one ASCII byte per fuse), so
 * `@electron/fuses` reads and writes it as it would the real one.
 */
export async function writeFakeElectron(path: string, wire = STOCK_WIRE): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const bytes = Buffer.concat([
    Buffer.from('#!/bin/sh\nexit 0\n'),
    Buffer.from(SENTINEL),
    Buffer.from([1, wire.length]),
    Buffer.from(wire, 'ascii'),
    Buffer.alloc(32),
  ]);
  await writeFile(path, bytes);
  await chmod(path, 0o755);
}
