import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  jsonStateFile,
  parseJson,
  readStateFile,
  writeStateFile,
} from '../../../../electron/main/services/fs/json-state-file';

const Schema = z.object({ version: z.literal(1), names: z.array(z.string()) });
const NOW = new Date('2025-06-01T12:34:56.789Z');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kling-state-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('JSON state file', () => {
  it('reads back what it wrote, creating the folder', async () => {
    const path = join(dir, 'nested', 'state.json');
    await writeStateFile(path, { version: 1, names: ['a', 'é'] });
    expect(await readStateFile(path, Schema)).toEqual({
      kind: 'value',
      value: { version: 1, names: ['a', 'é'] },
    });
    // Readable by a person: indented, ending in a newline, and no temp file left behind.
    expect(await readFile(path, 'utf8')).toMatch(/^\{\n {2}"version": 1,[\s\S]*\}\n$/);
    expect(await readdir(join(dir, 'nested'))).toEqual(['state.json']);
  });

  it('says missing when there is no file, and leaves nothing behind', async () => {
    expect(await readStateFile(join(dir, 'none.json'), Schema)).toEqual({ kind: 'missing' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('sets a file that is not JSON aside beside itself and says where and why', async () => {
    const path = join(dir, 'state.json');
    await writeFile(path, '{"version": 1, "names": [');
    const read = await readStateFile(path, Schema, { now: () => NOW });
    expect(read).toEqual({
      kind: 'setAside',
      path: join(dir, 'state.json.corrupt-20250601T123456Z'),
      reason: 'not valid JSON',
    });
    expect(await readdir(dir)).toEqual(['state.json.corrupt-20250601T123456Z']);
    expect(await readFile(join(dir, 'state.json.corrupt-20250601T123456Z'), 'utf8')).toBe(
      '{"version": 1, "names": [',
    );
  });

  it('sets JSON of the wrong shape aside, naming the field, without overwriting an earlier copy', async () => {
    const path = join(dir, 'state.json');
    await writeFile(join(dir, 'state.json.corrupt-20250601T123456Z'), 'older');
    await writeFile(path, '{"version": 1, "names": [3]}');
    const read = await readStateFile(path, Schema, { now: () => NOW });
    expect(read).toMatchObject({
      kind: 'setAside',
      path: join(dir, 'state.json.corrupt-20250601T123456Z-1'),
    });
    expect(read.kind === 'setAside' && read.reason).toMatch(/^names\.0: /);
    expect(await readFile(join(dir, 'state.json.corrupt-20250601T123456Z'), 'utf8')).toBe('older');
  });

  it('throws read errors other than a missing file instead of setting anything aside', async () => {
    const path = join(dir, 'state.json');
    await mkdir(path);
    await expect(readStateFile(path, Schema)).rejects.toMatchObject({ code: 'EISDIR' });
    expect(await readdir(dir)).toEqual(['state.json']);
  });

  it('replaces a file whole through the StateFile interface', async () => {
    const file = jsonStateFile(join(dir, 'state.json'), Schema);
    await file.write({ version: 1, names: ['first'] });
    await file.write({ version: 1, names: ['second'] });
    expect(await file.read()).toEqual({ kind: 'value', value: { version: 1, names: ['second'] } });
  });

  it('parses JSON text or answers undefined', () => {
    expect(parseJson('{"a":[1]}')).toEqual({ a: [1] });
    expect(parseJson('null')).toBeNull();
    expect(parseJson('{"a":')).toBeUndefined();
    expect(parseJson('')).toBeUndefined();
  });
});
