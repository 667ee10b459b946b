import { existsSync, statSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  downloadVideo,
  type OpenFile,
} from '../../../../electron/main/services/downloads/download-video';
import {
  ETAG,
  FINAL,
  JOB,
  PART,
  STATE,
  failure,
  makeFolders,
  optionsFor,
  sha256,
  SAMPLE_PATH,
} from './harness';
import {
  mountTmpfs,
  openFileWithDiskLimit,
  resizeTmpfs,
  tmpfsAvailable,
  unmount,
} from './scratch-disk';
import { closeAllServers, mp4Body, serveFile, startServer } from './video-server';

// A real full disk where the machine allows it (Linux as root); otherwise injected ENOSPC.
const TMPFS = await tmpfsAvailable();
const STUB_URL = 'https://cdn.klingai.com/v.mp4';

const sample = await readFile(SAMPLE_PATH);
let root: string;
let destDir: string;
let mounted: string | null = null;

beforeEach(async () => {
  ({ root, destDir } = await makeFolders());
});

afterEach(async () => {
  await closeAllServers();
  if (mounted !== null) await unmount(mounted);
  mounted = null;
  await rm(root, { recursive: true, force: true });
});

async function saveResumablePart(url: string, bytes: Buffer, totalBytes: number): Promise<void> {
  await writeFile(join(destDir, PART), bytes);
  const state = { version: 1, url, validator: ETAG, totalBytes };
  await writeFile(join(destDir, STATE), JSON.stringify(state));
}

describe('downloadVideo faults', () => {
  it('an endless body with no length is aborted at the cap; temp + state removed, no retry', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'video/mp4', etag: ETAG });
      let sent = 0;
      // "Endless" from the client's view: far past the cap, but bounded so the test always ends.
      const pump = (): void => {
        while (sent < 200 && !res.destroyed) {
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
    const error = await failure(downloadVideo(optionsFor(server, destDir, { maxBytes: 200_000 })));
    expect(error.code).toBe('download_too_large');
    expect(server.requests).toHaveLength(1);
    expect(await readdir(destDir)).toEqual([]);
  });

  it('a body announced above the cap is refused before a byte is written', async () => {
    const server = await startServer((req, res) => serveFile(req, res, sample, ETAG));
    const error = await failure(downloadVideo(optionsFor(server, destDir, { maxBytes: 10_000 })));
    expect(error.code).toBe('download_too_large');
    expect(server.requests).toHaveLength(1);
    expect(await readdir(destDir)).toEqual([]);
  });

  // Real HTTP framing already stops a body at its Content-Length, so only a fetch that does not
  // enforce it (stubbed here) can hand over the extra bytes this check exists for.
  it('a body longer than announced is aborted; temp + state removed (stubbed fetch)', async () => {
    const fetchImpl = vi.fn(
      async () =>
        new Response(new Uint8Array(sample), {
          headers: { 'content-length': '1000', etag: ETAG },
        }),
    );
    const error = await failure(
      downloadVideo({
        url: STUB_URL,
        destDir,
        fileBaseName: JOB,
        allowedHosts: ['cdn.klingai.com'],
        fetchImpl,
      }),
    );
    expect(error.code).toBe('download_incomplete');
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(await readdir(destDir)).toEqual([]);
  });

  it('a resumed 206 body longer than its Content-Range is aborted; part + state removed (stubbed fetch)', async () => {
    await saveResumablePart(STUB_URL, sample.subarray(0, 1000), sample.length);
    const fetchImpl = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
      expect(new Headers(init?.headers).get('range')).toBe('bytes=1000-');
      const rest = sample.subarray(1000);
      return new Response(new Uint8Array(Buffer.concat([rest, Buffer.alloc(5000)])), {
        status: 206,
        headers: {
          'content-range': `bytes 1000-${sample.length - 1}/${sample.length}`,
          etag: ETAG,
        },
      });
    });
    const error = await failure(
      downloadVideo({
        url: STUB_URL,
        destDir,
        fileBaseName: JOB,
        allowedHosts: ['cdn.klingai.com'],
        fetchImpl,
      }),
    );
    expect(error.code).toBe('download_incomplete');
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(await readdir(destDir)).toEqual([]);
  });

  it(
    TMPFS
      ? '18: disk full at ~70 % (real tmpfs) → disk_full, part kept, finished file untouched, resumes once space returns'
      : '18: disk full at ~70 % (injected ENOSPC via openFile: no tmpfs here) → disk_full, part kept, finished file untouched, resumes once space returns',
    async () => {
      const body = mp4Body(512 * 1024);
      const disk: { limit: number | null } = { limit: null };
      let openFile: OpenFile | undefined;
      if (TMPFS) {
        // 400 KiB holds the finished 38 KB clip, the state file and about 70 % of the body.
        await mountTmpfs(destDir, 400 * 1024);
        mounted = destDir;
      } else {
        disk.limit = Math.floor(body.length * 0.7);
        openFile = openFileWithDiskLimit(disk);
      }
      const finished = join(destDir, 'job_done.mp4');
      await writeFile(finished, sample);
      const server = await startServer((req, res) => serveFile(req, res, body, ETAG));

      const error = await failure(downloadVideo(optionsFor(server, destDir, { openFile })));

      expect(error.code).toBe('disk_full');
      expect(error.message).toMatch(
        /^The disk is full: the download of this video is paused with \d+\.\d MB saved\. Free some space; it resumes by itself\.$/,
      );
      expect(server.requests).toHaveLength(1);
      expect((await readdir(destDir)).sort()).toEqual([PART, STATE, 'job_done.mp4'].sort());
      const saved = statSync(join(destDir, PART)).size;
      expect(saved / body.length).toBeGreaterThan(0.6);
      expect(saved / body.length).toBeLessThan(0.8);
      expect((await readFile(join(destDir, PART))).equals(body.subarray(0, saved))).toBe(true);
      expect((await readFile(finished)).equals(sample)).toBe(true);

      if (TMPFS) await resizeTmpfs(destDir, 4 * 1024 * 1024);
      else disk.limit = null;
      const result = await downloadVideo(optionsFor(server, destDir, { openFile }));

      expect(server.requests).toHaveLength(2);
      expect(server.requests[1]).toMatchObject({ range: `bytes=${saved}-`, ifRange: ETAG });
      expect(result.sha256).toBe(sha256(body));
      expect((await readFile(join(destDir, FINAL))).equals(body)).toBe(true);
      expect((await readdir(destDir)).sort()).toEqual([FINAL, 'job_done.mp4'].sort());
      expect((await readFile(finished)).equals(sample)).toBe(true);
    },
  );

  it('Content-Disposition "../../x" is ignored; the file is named from the base name only', async () => {
    const server = await startServer((req, res) =>
      serveFile(req, res, sample, ETAG, {
        'content-disposition': 'attachment; filename="../../x"',
      }),
    );
    const result = await downloadVideo(optionsFor(server, destDir));
    expect(result.path).toBe(join(destDir, FINAL));
    expect(await readdir(destDir)).toEqual([FINAL]);
    expect(existsSync(join(root, 'x'))).toBe(false);
    expect(existsSync(join(root, 'projects', 'x'))).toBe(false);
  });

  it.each([
    ['an HTML page', Buffer.from('<!doctype html><html><body>Access denied</body></html>')],
    ['a body without the MP4 header', Buffer.concat([Buffer.from('\0\0\0\x20moovisom'), sample])],
    ['a body shorter than an MP4 header', Buffer.from('tiny')],
    ['an empty body', Buffer.alloc(0)],
  ])('22: %s is not_mp4, never placed, nothing left, no retry', async (_name, body) => {
    const server = await startServer((req, res) => serveFile(req, res, body, ETAG));
    const error = await failure(downloadVideo(optionsFor(server, destDir)));
    expect(error.code).toBe('not_mp4');
    expect(server.requests).toHaveLength(1);
    expect(await readdir(destDir)).toEqual([]);
  });

  it('a resumed file whose saved bytes lack the MP4 header is not placed', async () => {
    const server = await startServer((req, res) => serveFile(req, res, sample, ETAG));
    const url = `${server.origin}/video.mp4`;
    await saveResumablePart(url, Buffer.alloc(1000, 0x3c), sample.length);
    const error = await failure(downloadVideo(optionsFor(server, destDir)));
    expect(server.requests[0]).toMatchObject({ range: 'bytes=1000-', ifRange: ETAG });
    expect(error.code).toBe('not_mp4');
    expect(await readdir(destDir)).toEqual([]);
  });
});
