import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  downloadVideo,
  type DownloadVideoOptions,
} from '../../../../electron/main/services/downloads/download-video';
import { JOB, SAMPLE_PATH, failure, sha256 } from './harness';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let sample: Buffer;
let root: string;
let destDir: string;
let server: Server | undefined;
const hits = new Map<string, number>();

beforeAll(async () => {
  sample = await readFile(SAMPLE_PATH);
});

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kling-download-'));
  destDir = join(root, 'projects', 'proj_1');
  await mkdir(destDir, { recursive: true });
  hits.clear();
});

afterEach(async () => {
  const running = server;
  server = undefined;
  if (running) {
    running.closeAllConnections();
    await new Promise<void>((done) => running.close(() => done()));
  }
  await rm(root, { recursive: true, force: true });
});

/** Starts a loopback server; returns its origin and the allow-list entry that admits it. */
async function serve(handler: Handler): Promise<{ origin: string; host: string }> {
  const started = createServer((req, res) => {
    const path = req.url ?? '';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    handler(req, res);
  });
  server = started;
  await new Promise<void>((done) => started.listen(0, '127.0.0.1', done));
  const { port } = started.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, host: `127.0.0.1:${port}` };
}

function sendSample(res: ServerResponse, headers: Record<string, string> = {}): void {
  res.writeHead(200, {
    'content-type': 'video/mp4',
    'content-length': String(sample.length),
    ...headers,
  });
  res.end(sample);
}

function options(
  url: string,
  host: string,
  extra: Partial<DownloadVideoOptions> = {},
): DownloadVideoOptions {
  return { url, destDir, fileBaseName: JOB, allowedHosts: [host], ...extra };
}

describe('downloadVideo', () => {
  it('saves a byte-identical file under the job name and reports its hash', async () => {
    const { origin, host } = await serve((_req, res) => sendSample(res));
    const progress: Array<[number, number | null]> = [];
    const result = await downloadVideo(
      options(`${origin}/video.mp4`, host, { onProgress: (r, t) => progress.push([r, t]) }),
    );

    expect(result).toEqual({
      path: join(destDir, `${JOB}.mp4`),
      sizeBytes: sample.length,
      sha256: sha256(sample),
    });
    expect((await readFile(result.path)).equals(sample)).toBe(true);
    expect(await readdir(destDir)).toEqual([`${JOB}.mp4`]);
    expect(progress.at(-1)).toEqual([sample.length, sample.length]);
  });

  it('accepts a body of unannounced length', async () => {
    const { origin, host } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'video/mp4' });
      res.write(sample.subarray(0, 5));
      res.end(sample.subarray(5));
    });
    const progress: Array<number | null> = [];
    const result = await downloadVideo(
      options(`${origin}/v`, host, { onProgress: (_r, t) => progress.push(t) }),
    );
    expect(result.sha256).toBe(sha256(sample));
    expect(progress.every((t) => t === null)).toBe(true);
  });

  it('a body that breaks ends the call after one request, keeping nothing it cannot resume', async () => {
    const { origin, host } = await serve((_req, res) => {
      res.writeHead(200, {
        'content-type': 'video/mp4',
        'content-length': String(sample.length + 1000),
      });
      res.write(sample, () => res.destroy());
    });
    const error = await failure(downloadVideo(options(`${origin}/v`, host)));
    expect(error.code).toBe('download_interrupted');
    // One call, one request: trying again is the result fetcher's decision, not this call's.
    expect(hits.get('/v')).toBe(1);
    // No ETag or Last-Modified: the bytes could never be resumed safely, so they are not kept.
    expect(await readdir(destDir)).toEqual([]);
  });

  it('a 503 ends the call with its status and no request more; the next call completes', async () => {
    const { origin, host } = await serve((_req, res) => {
      if (hits.get('/v') === 1) {
        res.writeHead(503);
        res.end();
      } else sendSample(res);
    });
    const error = await failure(downloadVideo(options(`${origin}/v`, host)));
    expect(error.message).toMatch(/503/);
    expect(hits.get('/v')).toBe(1);
    const result = await downloadVideo(options(`${origin}/v`, host));
    expect(result.sha256).toBe(sha256(sample));
    expect(hits.get('/v')).toBe(2);
  });

  it.each([
    ['an https host off the list', () => 'https://evil.example.com/video.mp4'],
    ['a loopback name off the list', (port: string) => `http://localhost:${port}/video.mp4`],
    ['a file: URL', () => 'file:///etc/passwd'],
  ])('refuses a redirect to %s', async (_name, target) => {
    const { origin, host } = await serve((req, res) => {
      if (req.url === '/start') {
        res.writeHead(302, { location: target(new URL(origin).port) });
        res.end();
      } else sendSample(res);
    });
    const error = await failure(downloadVideo(options(`${origin}/start`, host)));
    // An https or loopback host off the list is "blocked" (the person may allow it); file: is unsafe.
    expect(error.code).toBe(_name === 'a file: URL' ? 'unsafe_url' : 'download_host_blocked');
    expect(hits.get('/start')).toBe(1);
    expect(hits.get('/video.mp4')).toBeUndefined();
    expect(await readdir(destDir)).toEqual([]);
  });

  it('follows redirects that stay on the list', async () => {
    const { origin, host } = await serve((req, res) => {
      if (req.url === '/start') {
        res.writeHead(301, { location: '/moved' });
        res.end();
      } else if (req.url === '/moved') {
        res.writeHead(307, { location: `${origin}/video.mp4` });
        res.end();
      } else sendSample(res);
    });
    const result = await downloadVideo(options(`${origin}/start`, host));
    expect(result.sha256).toBe(sha256(sample));
    expect(hits.get('/video.mp4')).toBe(1);
  });

  it('gives up after too many redirects', async () => {
    const { origin, host } = await serve((req, res) => {
      const hop = Number(req.url?.slice(1) ?? '0');
      res.writeHead(302, { location: `/${hop + 1}` });
      res.end();
    });
    const error = await failure(downloadVideo(options(`${origin}/0`, host)));
    expect(error.code).toBe('download_too_many_redirects');
    expect(hits.size).toBe(6);
  });

  it('a body that stalls ends the call as stalled after one request', async () => {
    const { origin, host } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(sample.length) });
      res.write(sample.subarray(0, 1000));
    });
    const started = Date.now();
    const error = await failure(
      downloadVideo(options(`${origin}/v`, host, { idleTimeoutMs: 200 })),
    );
    expect(error.code).toBe('download_stalled');
    expect(hits.get('/v')).toBe(1);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await readdir(destDir)).toEqual([]);
  });

  it('stops when the server never answers', async () => {
    const { origin, host } = await serve(() => undefined);
    const error = await failure(
      downloadVideo(options(`${origin}/v`, host, { idleTimeoutMs: 200 })),
    );
    expect(error.code).toBe('download_stalled');
    expect(hits.get('/v')).toBe(1);
  });

  it('stops when cancelled mid-body', async () => {
    const { origin, host } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(sample.length) });
      res.write(sample.subarray(0, 1000));
    });
    const controller = new AbortController();
    const error = await failure(
      downloadVideo(
        options(`${origin}/v`, host, {
          signal: controller.signal,
          onProgress: () => controller.abort(),
        }),
      ),
    );
    expect(error.code).toBe('download_cancelled');
    expect(hits.get('/v')).toBe(1);
    expect(await readdir(destDir)).toEqual([]);
  });

  it('reports the HTTP status of a non-200 answer', async () => {
    const { origin, host } = await serve((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('gone');
    });
    const error = await failure(downloadVideo(options(`${origin}/v`, host)));
    expect(error).toMatchObject({ code: 'download_http', status: 404 });
    expect(hits.get('/v')).toBe(1);
    expect(await readdir(destDir)).toEqual([]);
  });

  it('sends no request for a refused address', async () => {
    const fetchImpl = vi.fn(fetch);
    const error = await failure(
      downloadVideo(options('http://cdn.klingai.com/v.mp4', 'cdn.klingai.com', { fetchImpl })),
    );
    expect(error.code).toBe('unsafe_url');
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it.each(['../evil', 'a/b', '', 'x'.repeat(129), 'job.mp4'])(
    'refuses the file base name %j',
    async (name) => {
      const fetchImpl = vi.fn(fetch);
      const error = await failure(
        downloadVideo({
          ...options('https://cdn.klingai.com/v', 'cdn.klingai.com', { fetchImpl }),
          fileBaseName: name,
        }),
      );
      expect(error.code).toBe('invalid_file_name');
      expect(fetchImpl).not.toHaveBeenCalled();
    },
  );
});
