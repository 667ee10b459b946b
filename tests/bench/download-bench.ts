import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CHILD = resolve(import.meta.dirname, 'download-child.ts');
const MB = 1024 * 1024;
const SIZES_MB = (process.env.BENCH_DOWNLOAD_MB ?? '100,500').split(',').map(Number);
const RUNS = 3;

interface Timing {
  ms: number;
  /** The app's processor time (user + system, all threads); null for the shell tools. */
  cpuMs: number | null;
  peakRssBytes: number | null;
  startRssBytes: number | null;
}

/**
 * A file the downloader accepts as an MP4 (an `ftyp` box first), then incompressible bytes.
 * Returns its SHA-256, which every method below must reproduce.
 */
async function writeSample(path: string, megabytes: number): Promise<string> {
  const hash = createHash('sha256');
  const file = await open(path, 'w');
  try {
    const head = Buffer.alloc(24);
    head.writeUInt32BE(24, 0);
    head.write('ftypisom', 4, 'latin1');
    head.writeUInt32BE(0x200, 12);
    head.write('isommp42', 16, 'latin1');
    const block = randomBytes(MB);
    head.copy(block);
    for (let i = 0; i < megabytes; i++) {
      // Each megabyte differs, so nothing along the way can shortcut repeated blocks.
      block.writeUInt32BE(i, 100);
      hash.update(block);
      await file.write(block);
    }
  } finally {
    await file.close();
  }
  return hash.digest('hex');
}

/** Serves `path` on 127.0.0.1 with its length and a strong ETag, as a CDN would. */
async function serve(path: string): Promise<{ server: Server; url: string; host: string }> {
  const { size } = await stat(path);
  const server = createServer((_req, res) => {
    res.writeHead(200, {
      'content-type': 'video/mp4',
      'content-length': String(size),
      etag: '"bench"',
    });
    createReadStream(path, { highWaterMark: MB }).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/video.mp4`, host: `127.0.0.1:${port}` };
}

async function timeApp(url: string, host: string, dir: string, sha: string): Promise<Timing> {
  const dest = await mkdtemp(join(dir, 'app-'));
  const { stdout } = await run(
    process.execPath,
    [
      '--experimental-transform-types',
      '--no-warnings',
      '--import',
      resolve(import.meta.dirname, '../support/ts-resolve.mjs'),
      CHILD,
      url,
      dest,
      host,
    ],
    { maxBuffer: MB },
  );
  const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
    ms: number;
    cpuMs: number;
    sha256: string;
    peakRssBytes: number;
    startRssBytes: number;
  };
  if (result.sha256 !== sha) throw new Error('the app downloaded different bytes');
  await rm(dest, { recursive: true, force: true });
  return {
    ms: result.ms,
    cpuMs: result.cpuMs,
    peakRssBytes: result.peakRssBytes,
    startRssBytes: result.startRssBytes,
  };
}

/** Runs a shell pipeline; its own first line of output (a hash) is checked when `sha` is given. */
async function timeShell(script: string, sha: string | null): Promise<Timing> {
  const started = performance.now();
  const { stdout } = await run('bash', ['-o', 'pipefail', '-c', script], { maxBuffer: MB });
  const ms = performance.now() - started;
  if (sha !== null && !stdout.startsWith(sha)) throw new Error(`hash differs: ${stdout}`);
  return { ms, cpuMs: null, peakRssBytes: null, startRssBytes: null };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Downloads a loopback file of each size RUNS times by three methods and prints a table:
 * the app's downloader (stream, SHA-256, fsync, rename; in a child process for its memory);
 * the same work by standard tools (`curl | tee file | sha256sum`, then `sync file`); and
 * `curl` alone writing the file. Throughput is the median run's MB/s.
 */
export async function runDownloadBench(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'kling-download-bench-'));
  try {
    console.log('\nDownload of a loopback file: the app vs the same work by standard tools');
    console.log(
      '| size | app MB/s | curl + sha256sum + sync MB/s | curl alone MB/s | app ÷ same work | app ÷ curl alone | app CPU ms per MB | app RSS at start → peak |',
    );
    console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const megabytes of SIZES_MB) {
      const sample = join(dir, `sample-${megabytes}.mp4`);
      const sha = await writeSample(sample, megabytes);
      const { server, url, host } = await serve(sample);
      try {
        const out = join(dir, 'curl.mp4');
        const app: Timing[] = [];
        const same: Timing[] = [];
        const alone: Timing[] = [];
        for (let i = 0; i < RUNS; i++) {
          app.push(await timeApp(url, host, dir, sha));
          same.push(
            await timeShell(`curl -sf '${url}' | tee '${out}' | sha256sum && sync '${out}'`, sha),
          );
          await rm(out, { force: true });
          alone.push(await timeShell(`curl -sf -o '${out}' '${url}'`, null));
          await rm(out, { force: true });
        }
        const rate = (runs: Timing[]) => megabytes / (median(runs.map((r) => r.ms)) / 1000);
        const peak = Math.max(...app.map((r) => r.peakRssBytes ?? 0));
        const start = Math.min(...app.map((r) => r.startRssBytes ?? Infinity));
        const cpuPerMb = median(app.map((r) => r.cpuMs ?? 0)) / megabytes;
        console.log(
          `| ${megabytes} MB | ${rate(app).toFixed(0)} | ${rate(same).toFixed(0)} | ${rate(alone).toFixed(0)} | ${(rate(app) / rate(same)).toFixed(2)}× | ${(rate(app) / rate(alone)).toFixed(2)}× | ${cpuPerMb.toFixed(2)} | ${(start / MB).toFixed(0)} → ${(peak / MB).toFixed(0)} MB |`,
        );
      } finally {
        server.close();
        await rm(sample, { force: true });
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
