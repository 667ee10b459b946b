import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { downloadVideo } from '../../../../electron/main/services/downloads/download-video';
import {
  ETAG,
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

describe('downloadVideo: one call, one attempt', () => {
  it('without a validator a cut keeps nothing, and the next call starts from zero instead of sending Range', async () => {
    const server = await startServer((req, res, index) => {
      if (index === 0) return cutAfter(res, sample, cut, {}, gate.reached(cut));
      serveFile(req, res, sample, null);
    });
    const { result, failedWith } = await downloadAcrossCalls(
      optionsFor(server, destDir, { onProgress: gate.onProgress }),
    );
    expect(failedWith).toEqual(['download_interrupted']);
    expect(server.requests.map((r) => r.range)).toEqual([undefined, undefined]);
    expect(result.sha256).toBe(sha256(sample));
    await expectOnlyFinal(destDir, sample);
  });

  it('does not resume a part saved for another URL', async () => {
    await writeFile(join(destDir, PART), sample.subarray(0, cut));
    const state = {
      version: 1,
      url: 'http://127.0.0.1:1/old.mp4',
      validator: ETAG,
      totalBytes: sample.length,
    };
    await writeFile(join(destDir, STATE), JSON.stringify(state));
    const server = await startServer((req, res) => serveFile(req, res, sample, ETAG));
    const result = await downloadVideo(
      optionsFor(server, destDir, { onProgress: gate.onProgress }),
    );
    expect(server.requests[0]?.range).toBeUndefined();
    expect(result.sha256).toBe(sha256(sample));
    await expectOnlyFinal(destDir, sample);
  });

  it('a cut ends the call after one request, keeping the resumable part; each later call asks only for the rest', async () => {
    const server = await startServer((_req, res) =>
      cutAfter(res, sample, 1000, { etag: ETAG }, gate.reached(1000)),
    );
    for (let call = 0; call < 3; call++) {
      const error = await failure(
        downloadVideo(optionsFor(server, destDir, { onProgress: gate.onProgress })),
      );
      expect(error.code).toBe('download_interrupted');
      expect(server.requests).toHaveLength(call + 1);
    }
    // Each cut sends the same first 1000 bytes, so only the first request starts from zero.
    expect(server.requests.map((r) => r.range)).toEqual([undefined, 'bytes=1000-', 'bytes=1000-']);
    expect((await readdir(destDir)).sort()).toEqual([PART, STATE]);
  });

  it('a cancel mid-body ends the call at once with the part kept and no further request', async () => {
    const server = await startServer((_req, res) => stallAfter(res, sample, cut, { etag: ETAG }));
    const controller = new AbortController();
    const error = await failure(
      downloadVideo(
        optionsFor(server, destDir, {
          signal: controller.signal,
          onProgress: (received) => {
            if (received >= cut) controller.abort();
          },
        }),
      ),
    );
    expect(error.code).toBe('download_cancelled');
    expect(server.requests).toHaveLength(1);
    expect((await readdir(destDir)).sort()).toEqual([PART, STATE]);
  });
});
