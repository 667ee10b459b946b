import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Job } from '../../../../shared/domain';
import { AppError } from '../../../../shared/app-error';
import { createMainServices, type MainServices } from '../../../../electron/main/main-services';
import { KlingClient } from '../../../../electron/main/services/kling/kling-client';
import { MemorySecretBackend } from '../../../../electron/main/services/secrets/secret-backend';

const TLS = resolve(import.meta.dirname, '../../../fixtures/tls');
const TOKEN = 'sk-certificate-token-0042';

/**
 * An API host whose certificate chains to a private root, as a TLS-inspecting corporate proxy
 * presents: this computer does not trust it, so the handshake fails before any request.
 */
async function privateRootServer(): Promise<{
  url: string;
  requests: () => number;
  close: () => Promise<void>;
}> {
  let requests = 0;
  const server: Server = createServer(
    {
      key: readFileSync(join(TLS, 'private-root-key.pem')),
      cert: readFileSync(join(TLS, 'private-root-cert.pem')),
    },
    (_req, res) => {
      requests += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ task_id: 'should-never-happen' }));
    },
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    requests: () => requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

describe('an API certificate this computer does not trust', () => {
  let api: Awaited<ReturnType<typeof privateRootServer>>;
  let dataDir: string;
  let services: MainServices | null = null;

  beforeEach(async () => {
    api = await privateRootServer();
    dataDir = await mkdtemp(join(tmpdir(), 'kling-cert-'));
  });
  afterEach(async () => {
    services?.stop();
    services = null;
    await api.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('fails a submission as "not sent", naming the certificate and the corporate proxy', async () => {
    const client = new KlingClient({ baseUrl: api.url, readToken: async () => TOKEN });
    const error = await client
      .submit({ action: 'text2video', prompt: 'p' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('certificate');
    expect((error as AppError).message).toMatch(/certificate/);
    expect((error as AppError).message).toMatch(/corporate proxy/);
    expect((error as AppError).message).toMatch(/Nothing was sent/);
    expect(api.requests()).toBe(0);
  });

  it('keeps the job queued and safely retryable, never Unknown', async () => {
    const keychain = new MemorySecretBackend();
    await keychain.set('acedata-api-token', TOKEN);
    const seen: Job[] = [];
    services = await createMainServices({
      version: 'test',
      dataDir,
      workspaceDir: join(dataDir, 'workspace'),
      apiBaseUrl: api.url,
      downloadHosts: [],
      keychain,
      isTrustedSender: () => true,
      emit: (event, payload) => {
        if (event === 'jobs:changed') seen.push(payload as Job);
      },
      openExternal: async () => false,
      limits: { minSubmitIntervalMs: 0, offlineBackoffMs: [50] },
    });
    const job = await services.jobs.submit({
      action: 'text2video',
      prompt: 'behind a corporate proxy',
      model: 'kling-v1',
    });
    const end = Date.now() + 10_000;
    let attempts = 0;
    while (attempts < 2 && Date.now() < end) {
      attempts = seen.filter((j) => j.id === job.id && j.state === 'submitting').length;
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(attempts).toBeGreaterThanOrEqual(2);
    const states = new Set(seen.filter((j) => j.id === job.id).map((j) => j.state));
    expect(states).not.toContain('unknown');
    expect(states).not.toContain('failed');
    const queued = seen.filter((j) => j.id === job.id && j.state === 'queued').at(-1);
    expect(queued?.note).toMatch(/certificate/);
    expect(api.requests()).toBe(0);
  });
});
