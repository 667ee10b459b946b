import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvCell } from '../../../../electron/main/services/library/library-export';
import type { Library } from '../../../../electron/main/services/library/library';
import { makeEnv, openLibrary, writeClip, SHA, type Env } from './library-fixture';

let env: Env;
let library: Library;
let projectId: string;
beforeEach(async () => {
  env = await makeEnv();
  library = await openLibrary(env);
  projectId = library.defaultProjectId();
  const dir = library.projectDir(projectId);
  await writeClip(dir, {
    jobId: 'job_1',
    prompt: 'He said "hi", then\nleft',
    parameters: { prompt: 'p', negative_prompt: '=HYPERLINK("http://evil")', cfg_scale: 0.5 },
    tags: ['a', 'b,c'],
    note: '@SUM(A1)',
    rating: 4,
    favourite: true,
    createdAt: '2025-01-01T00:00:00.000Z',
    futureField: 'not exported',
  });
  await writeClip(dir, {
    jobId: 'job_2',
    prompt: '+1 -2',
    parentClipId: 'clip_job_1',
    createdAt: '2025-01-02T00:00:00.000Z',
    durationSec: null,
    mode: null,
    parameters: { prompt: '+1 -2' },
  });
  await library.refresh();
});
afterEach(() => env.cleanup());

describe('export', () => {
  it('writes RFC 4180 CSV with a header, one row per clip, and formula cells defused', async () => {
    const path = join(env.root, 'out.csv');
    await library.exportProject(projectId, 'csv', path);
    const text = await readFile(path, 'utf8');
    expect(
      text.startsWith(
        '\uFEFFid,createdAt,action,model,mode,duration,prompt,negative prompt,tags,favourite,rating,note,sha256,file name,parent clip id\r\n',
      ),
    ).toBe(true);
    // Parsed strictly as RFC 4180 (quotes, doubled quotes, CRLF rows, the same cell count).
    const rows = parse(text, { bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      'clip_job_1',
      '2025-01-01T00:00:00.000Z',
      'text2video',
      'kling-v2-6',
      'std',
      '5',
      'He said "hi", then\nleft',
      `'=HYPERLINK("http://evil")`,
      'a;b,c',
      'true',
      '4',
      `'@SUM(A1)`,
      SHA,
      'job_1.mp4',
      '',
    ]);
    expect(rows[2]).toEqual([
      'clip_job_2',
      '2025-01-02T00:00:00.000Z',
      'text2video',
      'kling-v2-6',
      '',
      '',
      `'+1 -2`,
      '',
      '',
      'false',
      '0',
      '',
      SHA,
      'job_2.mp4',
      'clip_job_1',
    ]);
    expect(text).toContain('"He said ""hi"", then\nleft"');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+cmd', "'+cmd"],
    ['-2', "'-2"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['a,b', '"a,b"'],
    ['plain', 'plain'],
  ])('quotes and guards the cell %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("writes JSON with every clip's sidecar fields and parameters, not unknown keys", async () => {
    const path = join(env.root, 'out.json');
    await library.exportProject(projectId, 'json', path);
    const items = JSON.parse(await readFile(path, 'utf8')) as Array<Record<string, unknown>>;
    expect(items.map((i) => i.clipId)).toEqual(['clip_job_1', 'clip_job_2']);
    expect(items[0]).toMatchObject({
      jobId: 'job_1',
      prompt: 'He said "hi", then\nleft',
      tags: ['a', 'b,c'],
      rating: 4,
      favourite: true,
      parameters: { negative_prompt: '=HYPERLINK("http://evil")', cfg_scale: 0.5 },
      sha256: SHA,
      videoFile: 'job_1.mp4',
    });
    expect(items[0]).not.toHaveProperty('futureField');
    expect(items[1]).toMatchObject({ parentClipId: 'clip_job_1' });
  });

  it('saves a copy of the video where asked', async () => {
    const path = join(env.root, 'copy.mp4');
    await library.saveCopy('clip_job_1', path);
    expect(await readFile(path, 'utf8')).toBe('video');
    expect(library.suggestedVideoName('clip_job_1')).toBe('job_1.mp4');
  });
});
