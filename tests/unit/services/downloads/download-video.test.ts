import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../../shared/app-error';
import {
  downloadVideo,
  type DownloadVideoOptions,
} from '../../../../electron/main/services/downloads/download-video';

const SAMPLE_PATH = resolve(import.meta.dirname, '../../../fixtures/media/sample.mp4');
const JOB = 'job_0123abcd';

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

async function failure(work: Promise<unknown>): Promise<AppError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the download to fail');
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

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

  it.each([
    ['an HTML page', Buffer.from('<!doctype html><html><body>Access denied</body></html>')],
    ['a body shorter than an MP4 header', Buffer.from('tiny')],
    ['an empty body', Buffer.alloc(0)],
  ])('refuses %s as not_mp4 and leaves nothing behind', async (_name, body) => {
    const { origin, host } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(body.length) });
      res.end(body);
    });
    const error = await failure(downloadVideo(options(`${origin}/v`, host)));
    expect(error.code).toBe('not_mp4');
    expect(await readdir(destDir)).toEqual([]);
  });

  it('refuses a body announced larger than the cap without writing it', async () => {
    const { origin, host } = await serve((_req, res) => sendSample(res));
    const error = await failure(downloadVideo(options(`${origin}/v`, host, { maxBytes: 10_000 })));
    expect(error.code).toBe('download_too_large');
    expect(await readdir(destDir)).toEqual([]);
  });

  it('aborts an unannounced body at the cap and removes the temp file', async () => {
    const { origin, host } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'video/mp4' });
      let sent = 0;
      // Bounded "endless" body: far more than the cap, but never truly infinite.
      const pump = (): void => {
        while (sent < 50 && !res.destroyed) {
          sent += 1;
          if (!res.write(sample)) {
            res.once('drain', pump);
            return;
          }
        }
        if (!res.destroyed) res.end();
      };
      pump();
    });
    const error = await failure(downloadVideo(options(`${origin}/v`, host, { maxBytes: 100_000 })));
    expect(error.code).toBe('download_too_large');
    expect(await readdir(destDir)).toEqual([]);
  });

  it('treats a connection closed before the announced length as incomplete', async () => {
    const { origin, host } = await serve((_req, res) => {
      res.writeHead(200, {
        'content-type': 'video/mp4',
        'content-length': String(sample.length + 1000),
      });
      res.write(sample, () => res.destroy());
    });
    const error = await failure(downloadVideo(options(`${origin}/v`, host)));
    expect(error.code).toBe('download_incomplete');
    expect(await readdir(destDir)).toEqual([]);
  });

  it('treats a body longer than announced as incomplete', async () => {
    const fetchImpl = vi.fn(
      async () => new Response(new Uint8Array(sample), { headers: { 'content-length': '1000' } }),
    );
    const error = await failure(
      downloadVideo(options('https://cdn.klingai.com/v.mp4', 'cdn.klingai.com', { fetchImpl })),
    );
    expect(error.code).toBe('download_incomplete');
    expect(await readdir(destDir)).toEqual([]);
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
    expect(error.code).toBe('unsafe_url');
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

  it('ignores a Content-Disposition file name', async () => {
    const { origin, host } = await serve((_req, res) =>
      sendSample(res, { 'content-disposition': 'attachment; filename="../../x"' }),
    );
    const result = await downloadVideo(options(`${origin}/v`, host));
    expect(result.path).toBe(join(destDir, `${JOB}.mp4`));
    expect(await readdir(destDir)).toEqual([`${JOB}.mp4`]);
    expect(existsSync(join(root, 'x'))).toBe(false);
    expect(existsSync(join(root, 'projects', 'x'))).toBe(false);
  });

  it('stops a stalled body after the idle timeout and removes the temp file', async () => {
    const { origin, host } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(sample.length) });
      res.write(sample.subarray(0, 1000));
    });
    const started = Date.now();
    const error = await failure(
      downloadVideo(options(`${origin}/v`, host, { idleTimeoutMs: 200 })),
    );
    expect(error.code).toBe('download_stalled');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await readdir(destDir)).toEqual([]);
  });

  it('stops when the server never answers', async () => {
    const { origin, host } = await serve(() => undefined);
    const error = await failure(
      downloadVideo(options(`${origin}/v`, host, { idleTimeoutMs: 200 })),
    );
    expect(error.code).toBe('download_stalled');
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
    expect(await readdir(destDir)).toEqual([]);
  });

  it('reports the HTTP status of a non-200 answer', async () => {
    const { origin, host } = await serve((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('gone');
    });
    const error = await failure(downloadVideo(options(`${origin}/v`, host)));
    expect(error.code).toBe('download_http_404');
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
