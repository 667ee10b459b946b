import { constants, readdirSync, statSync } from 'node:fs';
import { open, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { downloadVideo } from '../../../../electron/main/services/downloads/download-video';
import {
  ETAG,
  FINAL,
  PART,
  STATE,
  failure,
  makeFolders,
  optionsFor,
  sha256,
  SAMPLE_PATH,
  expectOnlyFinal,
  downloadAcrossCalls,
} from './harness';
import {
  closeAllServers,
  cutAfter,
  ProgressGate,
  mp4Body,
  sendRange,
  serveFile,
  stallAfter,
  startServer,
} from './video-server';

let sample: Buffer;
let cut: number;
let root: string;
let destDir: string;
let gate: ProgressGate;

beforeAll(async () => {
  sample = await readFile(SAMPLE_PATH);
  cut = Math.floor(sample.length * 0.4);
});

beforeEach(async () => {
  ({ root, destDir } = await makeFolders());
  gate = new ProgressGate();
});

afterEach(async () => {
  await closeAllServers();
  await rm(root, { recursive: true, force: true });
});

describe('downloadVideo resume', () => {
  it('body cut at 40 % → resumed with Range + If-Range; hash equals the source; the part never looks like a clip', async () => {
    const folderDuringCut: string[][] = [];
    const server = await startServer((req, res, index) => {
      if (index === 0) return cutAfter(res, sample, cut, { etag: ETAG }, gate.reached(cut));
      folderDuringCut.push(readdirSync(destDir).sort());
      serveFile(req, res, sample, ETAG);
    });

    const { result, failedWith } = await downloadAcrossCalls(
      optionsFor(server, destDir, { onProgress: gate.onProgress }),
    );

    expect(server.requests).toHaveLength(2);
    expect(server.requests[0]).toMatchObject({ range: undefined, ifRange: undefined });
    expect(server.requests[1]).toMatchObject({ range: `bytes=${cut}-`, ifRange: ETAG });
    expect(folderDuringCut).toEqual([[PART, STATE]]);
    expect(failedWith).toEqual(['download_interrupted']);
    expect(result).toEqual({
      path: join(destDir, FINAL),
      sizeBytes: sample.length,
      sha256: sha256(sample),
    });
    await expectOnlyFinal(destDir, sample);
  });

  it('resume answered with 200 (the file changed) → part dropped, restarted, final file is the new one', async () => {
    const changed = mp4Body(sample.length + 500);
    const server = await startServer((req, res, index) => {
      if (index === 0) return cutAfter(res, sample, cut, { etag: ETAG }, gate.reached(cut));
      serveFile(req, res, changed, '"v2-changed"');
    });

    const { result, failedWith } = await downloadAcrossCalls(
      optionsFor(server, destDir, { onProgress: gate.onProgress }),
    );

    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]).toMatchObject({ range: `bytes=${cut}-`, ifRange: ETAG });
    expect(failedWith).toEqual(['download_interrupted']);
    expect(result.sha256).toBe(sha256(changed));
    expect(result.sizeBytes).toBe(changed.length);
    await expectOnlyFinal(destDir, changed);
  });

  it.each([
    [
      'a wrong start',
      (res: Parameters<typeof sendRange>[0]) =>
        sendRange(res, sample, cut + 100, sample.length, { etag: ETAG }),
    ],
    [
      'a wrong total',
      (res: Parameters<typeof sendRange>[0]) =>
        sendRange(res, sample, cut, sample.length + 1, { etag: ETAG }),
    ],
    [
      'no Content-Range',
      (res: Parameters<typeof sendRange>[0]) => {
        res.writeHead(206, { 'content-length': String(sample.length - cut), etag: ETAG });
        res.end(sample.subarray(cut));
      },
    ],
    [
      'an unparseable Content-Range',
      (res: Parameters<typeof sendRange>[0]) => {
        res.writeHead(206, { 'content-range': `bytes ${cut}-*/*`, etag: ETAG });
        res.end(sample.subarray(cut));
      },
    ],
    [
      '416',
      (res: Parameters<typeof sendRange>[0]) => {
        res.writeHead(416, { 'content-range': `bytes */${sample.length}` });
        res.end();
      },
    ],
  ])(
    'resume answered 206 with %s → splice refused, restarted from zero, byte-identical',
    async (_name, answer) => {
      const server = await startServer((req, res, index) => {
        if (index === 0) return cutAfter(res, sample, cut, { etag: ETAG }, gate.reached(cut));
        if (index === 1) return answer(res);
        serveFile(req, res, sample, ETAG);
      });

      const { result, failedWith } = await downloadAcrossCalls(
        optionsFor(server, destDir, { onProgress: gate.onProgress }),
      );

      expect(server.requests).toHaveLength(3);
      expect(server.requests[1]).toMatchObject({ range: `bytes=${cut}-`, ifRange: ETAG });
      expect(server.requests[2]).toMatchObject({ range: undefined, ifRange: undefined });
      expect(failedWith).toEqual(['download_interrupted', 'download_failed']);
      expect(result.sha256).toBe(sha256(sample));
      await expectOnlyFinal(destDir, sample);
    },
  );

  it('a 206 that sends only part of the rest is appended, and the remainder is asked for next', async () => {
    const server = await startServer((req, res, index) => {
      if (index === 0) return cutAfter(res, sample, cut, { etag: ETAG }, gate.reached(cut));
      if (index === 1) {
        // A server may answer an open range with less than asked; the span says so honestly.
        res.writeHead(206, {
          etag: ETAG,
          'content-length': '1000',
          'content-range': `bytes ${cut}-${cut + 999}/${sample.length}`,
        });
        return res.end(sample.subarray(cut, cut + 1000));
      }
      serveFile(req, res, sample, ETAG);
    });

    const { result, failedWith } = await downloadAcrossCalls(
      optionsFor(server, destDir, { onProgress: gate.onProgress }),
    );

    expect(server.requests.map((r) => r.range)).toEqual([
      undefined,
      `bytes=${cut}-`,
      `bytes=${cut + 1000}-`,
    ]);
    expect(failedWith).toEqual(['download_interrupted', 'download_interrupted']);
    expect(result.sha256).toBe(sha256(sample));
    await expectOnlyFinal(destDir, sample);
  });

  it('server stalls mid-body → idle timeout, then the resume completes', async () => {
    const server = await startServer((req, res, index) => {
      if (index === 0) return stallAfter(res, sample, cut, { etag: ETAG });
      serveFile(req, res, sample, ETAG);
    });
    const started = Date.now();

    const { result, failedWith } = await downloadAcrossCalls(
      optionsFor(server, destDir, { idleTimeoutMs: 300 }),
    );

    expect(Date.now() - started).toBeLessThan(5000);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]).toMatchObject({ range: `bytes=${cut}-`, ifRange: ETAG });
    expect(failedWith).toEqual(['download_stalled']);
    expect(result.sha256).toBe(sha256(sample));
    await expectOnlyFinal(destDir, sample);
  });

  it('a link swapped in for the saved part before it is reopened is not written through', async () => {
    const server = await startServer((req, res, index) => {
      if (index === 0) return stallAfter(res, sample, cut, { etag: ETAG });
      serveFile(req, res, sample, ETAG);
    });
    const controller = new AbortController();
    await failure(
      downloadVideo(
        optionsFor(server, destDir, {
          signal: controller.signal,
          onProgress: (received) => {
            if (received >= cut) controller.abort();
          },
        }),
      ),
    );
    const victim = join(destDir, '..', 'victim.bin');
    // As long as the saved part, so only writing through the link could change it.
    const theirs = Buffer.alloc(cut, 0x78);
    await writeFile(victim, theirs);
    let swapped = false;
    const { result, failedWith } = await downloadAcrossCalls(
      optionsFor(server, destDir, {
        openFile: async (path, flags) => {
          // Between the size check and the open: the part becomes a link to another file.
          if (!swapped && (flags & constants.O_CREAT) === 0) {
            swapped = true;
            await rm(path);
            await symlink(victim, path);
          }
          return open(path, flags);
        },
      }),
    );
    expect(swapped).toBe(true);
    expect(Buffer.compare(await readFile(victim), theirs)).toBe(0);
    expect(failedWith).toEqual(['download_failed']);
    expect(result.sha256).toBe(sha256(sample));
    await expectOnlyFinal(destDir, sample);
  });

  it('a link planted where a new part is created is refused, not written through', async () => {
    const server = await startServer((req, res) => serveFile(req, res, sample, ETAG));
    const victim = join(destDir, '..', 'planted-victim.bin');
    const theirs = Buffer.alloc(64, 0x79);
    await writeFile(victim, theirs);
    let planted = false;
    const { result, failedWith } = await downloadAcrossCalls(
      optionsFor(server, destDir, {
        openFile: async (path, flags) => {
          // Between the check for a saved part and the create: a link appears at the part's name.
          if (!planted && (flags & constants.O_CREAT) !== 0) {
            planted = true;
            await symlink(victim, path);
          }
          return open(path, flags);
        },
      }),
    );
    expect(planted).toBe(true);
    expect(Buffer.compare(await readFile(victim), theirs)).toBe(0);
    expect(failedWith).toEqual(['download_failed']);
    expect(result.sha256).toBe(sha256(sample));
    await expectOnlyFinal(destDir, sample);
  });

  it('resume across a restart: a call cancelled mid-body keeps part + state; a new call resumes with Range', async () => {
    const lastModified = 'Wed, 01 Jan 2025 00:00:00 GMT';
    const server = await startServer((req, res, index) => {
      // A weak ETag cannot validate If-Range, so Last-Modified must be used instead.
      const validators = { etag: 'W/"weak"', 'last-modified': lastModified };
      if (index === 0) return stallAfter(res, sample, cut, validators);
      res.setHeader('last-modified', lastModified);
      const start = /^bytes=(\d+)-$/.exec(req.headers.range ?? '')?.[1];
      if (start !== undefined && req.headers['if-range'] === lastModified)
        return sendRange(res, sample, Number(start), sample.length);
      serveFile(req, res, sample, null);
    });
    const controller = new AbortController();
    const first = await failure(
      downloadVideo(
        optionsFor(server, destDir, {
          signal: controller.signal,
          onProgress: (received) => {
            if (received >= cut) controller.abort();
          },
        }),
      ),
    );
    expect(first.code).toBe('download_cancelled');
    expect((await readdir(destDir)).sort()).toEqual([PART, STATE]);
    expect(statSync(join(destDir, PART)).size).toBe(cut);
    expect(JSON.parse(await readFile(join(destDir, STATE), 'utf8'))).toEqual({
      version: 1,
      url: `${server.origin}/video.mp4`,
      validator: lastModified,
      totalBytes: sample.length,
    });

    const { result, failedWith } = await downloadAcrossCalls(
      optionsFor(server, destDir, { onProgress: gate.onProgress }),
    );
    expect(server.requests[1]).toMatchObject({ range: `bytes=${cut}-`, ifRange: lastModified });
    expect(failedWith).toEqual([]);
    expect(result.sha256).toBe(sha256(sample));
    await expectOnlyFinal(destDir, sample);
  });

  it('a damaged resume state is dropped: the next call asks for the whole file, never a Range', async () => {
    const server = await startServer((req, res, index) => {
      if (index === 0) return stallAfter(res, sample, cut, { etag: ETAG });
      serveFile(req, res, sample, ETAG);
    });
    const controller = new AbortController();
    const first = await failure(
      downloadVideo(
        optionsFor(server, destDir, {
          signal: controller.signal,
          onProgress: (received) => {
            if (received >= cut) controller.abort();
          },
        }),
      ),
    );
    expect(first.code).toBe('download_cancelled');
    await writeFile(join(destDir, STATE), '{"version":1,"url":');

    const { result, failedWith } = await downloadAcrossCalls(optionsFor(server, destDir));
    expect(server.requests[1]?.range).toBeUndefined();
    expect(failedWith).toEqual([]);
    expect(result.sha256).toBe(sha256(sample));
    await expectOnlyFinal(destDir, sample);
  });
});
