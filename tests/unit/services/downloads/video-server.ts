import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The headers that matter for resuming, as the server saw them. */
export interface SeenRequest {
  path: string;
  range: string | undefined;
  ifRange: string | undefined;
}

export interface VideoServer {
  origin: string;
  /** The allow-list entry that admits this server. */
  host: string;
  requests: SeenRequest[];
}

/** Gets the request's position, so a test can script the 1st, 2nd, … answers differently. */
export type Handler = (req: IncomingMessage, res: ServerResponse, index: number) => void;

const running: Server[] = [];

export async function startServer(handler: Handler): Promise<VideoServer> {
  const requests: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const index = requests.length;
    requests.push({
      path: req.url ?? '',
      range: single(req.headers.range),
      ifRange: single(req.headers['if-range']),
    });
    handler(req, res, index);
  });
  running.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, host: `127.0.0.1:${port}`, requests };
}

/** For afterEach: drops every socket first, or a stalled response would keep close() waiting. */
export async function closeAllServers(): Promise<void> {
  for (const server of running.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }
}

/** A valid-looking MP4: an `ftyp` box header followed by random bytes. */
export function mp4Body(size: number): Buffer {
  const body = randomBytes(size);
  Buffer.from('\0\0\0\x20ftypisom', 'latin1').copy(body, 0);
  return body;
}

/** Answers like a well-behaved CDN: 206 for `bytes=N-` when If-Range still matches, else 200. */
export function serveFile(
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
  etag: string | null,
  extraHeaders: Record<string, string> = {},
): void {
  const start = /^bytes=(\d+)-$/.exec(req.headers.range ?? '')?.[1];
  const ifRange = single(req.headers['if-range']);
  const validators: Record<string, string> = etag === null ? {} : { etag };
  if (start !== undefined && (ifRange === undefined || ifRange === etag)) {
    const first = Number(start);
    if (first >= body.length) {
      res.writeHead(416, { 'content-range': `bytes */${body.length}` });
      res.end();
      return;
    }
    sendRange(res, body, first, body.length, validators);
    return;
  }
  res.writeHead(200, {
    'content-type': 'video/mp4',
    'content-length': String(body.length),
    ...validators,
    ...extraHeaders,
  });
  res.end(body);
}

/** A 206 whose Content-Range claims `first` and `total`, true or not. */
export function sendRange(
  res: ServerResponse,
  body: Buffer,
  first: number,
  total: number,
  headers: Record<string, string> = {},
): void {
  const span = body.subarray(first);
  res.writeHead(206, {
    'content-type': 'video/mp4',
    'content-length': String(span.length),
    'content-range': `bytes ${first}-${first + span.length - 1}/${total}`,
    ...headers,
  });
  res.end(span);
}

/**
 * Announces the whole body, sends the first `bytes` of it, then drops the connection once
 * `delivered` settles. Dropping it at once could discard bytes the client had not read yet
 * (an errored stream loses its queue), and the test would not know where the cut fell.
 */
export function cutAfter(
  res: ServerResponse,
  body: Buffer,
  bytes: number,
  headers: Record<string, string>,
  delivered: Promise<void>,
): void {
  res.writeHead(200, {
    'content-type': 'video/mp4',
    'content-length': String(body.length),
    ...headers,
  });
  res.write(body.subarray(0, bytes), () => void delivered.then(() => res.destroy()));
}

/** Lets a server wait until the client reports, through onProgress, that bytes have landed. */
export class ProgressGate {
  private waiters: Array<{ bytes: number; done: () => void }> = [];

  readonly onProgress = (receivedBytes: number): void => {
    this.waiters = this.waiters.filter((waiter) => {
      if (receivedBytes < waiter.bytes) return true;
      waiter.done();
      return false;
    });
  };

  /** Call before sending; settles at the next report of `bytes`, or after 2 s so nothing hangs. */
  reached(bytes: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, 2000);
      this.waiters.push({
        bytes,
        done: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }
}

/** Announces the whole body, sends the first `bytes` of it, then goes silent. */
export function stallAfter(
  res: ServerResponse,
  body: Buffer,
  bytes: number,
  headers: Record<string, string> = {},
): void {
  res.writeHead(200, {
    'content-type': 'video/mp4',
    'content-length': String(body.length),
    ...headers,
  });
  res.write(body.subarray(0, bytes));
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
