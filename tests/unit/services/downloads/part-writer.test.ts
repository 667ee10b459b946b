import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PartWriter } from '../../../../electron/main/services/downloads/part-writer';

describe('part writer', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kling-part-writer-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('lands every chunk in order after the resumed bytes, in a few batched writes', async () => {
    const path = join(dir, 'part');
    const file = await open(path, 'w+');
    await file.write(Buffer.from('saved:'), 0, 6, 0);
    const writes: number[] = [];
    const counting = new Proxy(file, {
      get(target, key) {
        if (key === 'write')
          return (buffer: Uint8Array, offset: number, length: number, position: number) => {
            writes.push(length);
            return target.write(buffer, offset, length, position);
          };
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
    const writer = new PartWriter(counting, 6, 10);
    const chunks = Array.from({ length: 25 }, (_, i) =>
      Buffer.from(`<${String(i).padStart(2, '0')}>`),
    );
    for (const chunk of chunks) await writer.add(chunk);
    await writer.flush();
    await file.close();
    expect(await readFile(path, 'utf8')).toBe(`saved:${chunks.join('')}`);
    // 25 chunks of 4 bytes in batches of at least 10 bytes: 9 writes, not 25.
    expect(writes).toHaveLength(9);
  });

  it('reports a failed write (a full disk) and writes nothing after it', async () => {
    const path = join(dir, 'part');
    const file = await open(path, 'w+');
    let calls = 0;
    const full = new Proxy(file, {
      get(target, key) {
        if (key === 'write')
          return async (buffer: Uint8Array, offset: number, length: number, position: number) => {
            calls += 1;
            if (calls === 2)
              throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
            return target.write(buffer, offset, length, position);
          };
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
    const writer = new PartWriter(full, 0, 4);
    const error = await (async () => {
      for (const text of ['aaaa', 'bbbb', 'cccc', 'dddd']) await writer.add(Buffer.from(text));
      await writer.flush();
    })().catch((e: unknown) => e);
    await file.close();
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    expect(await readFile(path, 'utf8')).toBe('aaaa');
    expect(calls).toBe(2);
  });
});
