import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/app-error';
import {
  KlingClient,
  MAX_ANSWER_BYTES,
} from '../../../../electron/main/services/kling/kling-client';

const servers: Server[] = [];

async function serve(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ url: string; hits: () => number }> {
  let hits = 0;
  const server = createServer((req, res) => {
    hits += 1;
    handler(req, res);
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits: () => hits,
  };
}

const client = (baseUrl: string) =>
  new KlingClient({ baseUrl, readToken: async () => 'sk-limits-token-0042' });

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('what the API client accepts as an answer', () => {
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    }
  });

  it('does not follow a redirect, so the token never reaches the other address', async () => {
    const elsewhere = await serve((_req, res) => res.end('{"task_id":"t"}'));
    const api = await serve((_req, res) => {
      res.writeHead(307, { location: `${elsewhere.url}/kling/videos` });
      res.end();
    });
    const submitted = await failure(client(api.url).submit({ action: 'text2video' }));
    expect(submitted.code).toBe('submission_uncertain');
    const polled = await failure(client(api.url).retrieveBatch(['t1']));
    expect(polled.code).toBe('network');
    expect(api.hits()).toBe(2);
    expect(elsewhere.hits()).toBe(0);
  });

  it('stops reading an answer longer than the cap and reports it unreadable', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let written = 0;
    const api = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"items":[');
      // Up to four times the cap, written as the client reads; a client that stops early
      // leaves the rest unsent.
      const more = () => {
        while (written < 4 * MAX_ANSWER_BYTES) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end(']}');
      };
      more();
    });
    const error = await failure(client(api.url).retrieveBatch(['t1']));
    expect(error.code).toBe('bad_answer');
    expect(written).toBeLessThan(4 * MAX_ANSWER_BYTES);
  });
});
