import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Job } from '../../../../shared/domain';
import { createMainServices, type MainServices } from '../../../../electron/main/main-services';
import { EndpointTrust } from '../../../../electron/main/services/endpoints/endpoint-trust';
import { createNodeNetwork } from '../../../../electron/main/services/net/node-network';
import { MemorySecretBackend } from '../../../../electron/main/services/secrets/secret-backend';
import { startFakeAceData, type FakeAceData } from '../../../fixtures/fake-acedata/server';

const TLS = resolve(import.meta.dirname, '../../../fixtures/tls');
const CERT = readFileSync(join(TLS, 'proxied-hosts-cert.pem'), 'utf8');
const KEY = readFileSync(join(TLS, 'proxied-hosts-key.pem'), 'utf8');
const TOKEN = 'sk-proxy-route-token-0042';
/** Names that no resolver knows: only the proxy below can reach them. */
const API = 'https://api.proxied.test';
const CDN_HOST = 'cdn.proxied.test';
const SENDER = { frameUrl: 'app://kling/', isMainFrame: true };
const PROXY_ENV = [
  'HTTPS_PROXY',
  'https_proxy',
  'HTTP_PROXY',
  'http_proxy',
  'NO_PROXY',
  'no_proxy',
];

function listen(server: HttpServer | TlsServer): Promise<number> {
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)),
  );
}

function pipeBoth(a: Socket, b: Socket): void {
  a.on('error', () => b.destroy());
  b.on('error', () => a.destroy());
  a.pipe(b).pipe(a);
}

/**
 * A corporate-style forward proxy on loopback: it answers `CONNECT` for `*.proxied.test:443`
 * by tunnelling to a TLS front of the fake AceData server, refuses everything else, and counts
 * the tunnels it opened.
 */
async function startConnectProxy(tlsPort: number) {
  const targets: string[] = [];
  const sockets = new Set<Socket>();
  const server = createHttpServer((_req, res) => res.writeHead(405).end());
  server.on('connect', (req, client: Socket, head: Buffer) => {
    sockets.add(client);
    const target = req.url ?? '';
    targets.push(target);
    if (!/^[a-z]+\.proxied\.test:443$/.test(target)) {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = connect(tlsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      pipeBoth(client, upstream);
    });
    sockets.add(upstream);
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    targets,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

/** Terminates TLS for the proxied names with their test certificate and passes bytes on. */
async function startTlsFront(httpPort: number) {
  const sockets = new Set<Socket>();
  const server = createTlsServer({ key: KEY, cert: CERT }, (socket) => {
    const upstream = connect(httpPort, '127.0.0.1');
    sockets.add(socket).add(upstream);
    pipeBoth(socket, upstream);
  });
  const port = await listen(server);
  return {
    port,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

describe('the network under Node follows the proxy settings', () => {
  let api: FakeAceData;
  let front: Awaited<ReturnType<typeof startTlsFront>>;
  let proxy: Awaited<ReturnType<typeof startConnectProxy>>;
  let dataDir: string;
  let services: MainServices | null = null;
  const savedEnv = new Map<string, string | undefined>();

  beforeEach(async () => {
    api = await startFakeAceData({
      taskDurationMs: 100,
      validToken: TOKEN,
      publicBaseUrl: `https://${CDN_HOST}`,
    });
    front = await startTlsFront(Number(new URL(api.url).port));
    proxy = await startConnectProxy(front.port);
    dataDir = await mkdtemp(join(tmpdir(), 'kling-proxy-'));
    for (const name of PROXY_ENV) {
      savedEnv.set(name, process.env[name]);
      delete process.env[name];
    }
  });
  afterEach(async () => {
    services?.stop();
    services = null;
    for (const [name, value] of savedEnv) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await proxy.close();
    await front.close();
    await api.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function boot(seen: Job[]): Promise<MainServices> {
    const keychain = new MemorySecretBackend();
    await keychain.set('acedata-api-token', TOKEN);
    const endpoints = new EndpointTrust({
      packaged: false,
      developerMode: false,
      ignoredOverrides: [],
      apiBaseUrl: API,
      uploadUrl: `${API}/upload`,
    });
    endpoints.confirm(endpoints.status().unconfirmedHosts);
    return createMainServices({
      version: 'test',
      dataDir,
      workspaceDir: join(dataDir, 'workspace'),
      apiBaseUrl: API,
      uploadUrl: `${API}/upload`,
      downloadHosts: [CDN_HOST],
      keychain,
      endpoints,
      network: createNodeNetwork({ extraCa: CERT }),
      isTrustedSender: () => true,
      emit: (event, payload) => {
        if (event === 'jobs:changed') seen.push(payload as Job);
      },
      openExternal: async () => false,
      limits: { pollFloorMs: 50, pollCapMs: 300, minSubmitIntervalMs: 0, offlineBackoffMs: [50] },
    });
  }

  async function until<T>(read: () => T | undefined, ms = 10_000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const value = read();
      if (value) return value;
      if (Date.now() > end) throw new Error('timed out waiting');
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  it('with HTTPS_PROXY set, a job is submitted, polled and downloaded through the CONNECT proxy', async () => {
    process.env.HTTPS_PROXY = proxy.url;
    const seen: Job[] = [];
    services = await boot(seen);
    const job = await services.jobs.submit({
      action: 'text2video',
      prompt: 'a harbour seen through a proxy',
      model: 'kling-v1',
    });
    const ready = await until(() => seen.find((j) => j.id === job.id && j.state === 'ready'));
    expect(api.requests.filter((r) => r.path === '/kling/videos')).toHaveLength(1);
    expect(proxy.targets).toContain('api.proxied.test:443');
    expect(proxy.targets).toContain(`${CDN_HOST}:443`);
    const file = await readFile((await services.library.resolveClipFile(ready.clipId!))!);
    expect(Buffer.compare(file, api.videoBytes())).toBe(0);
  });

  it('a manual proxy chosen in Settings is used without any proxy variable', async () => {
    const seen: Job[] = [];
    services = await boot(seen);
    const chosen = await services.router.handle(
      'network:setProxy',
      { mode: 'manual', url: proxy.url },
      SENDER,
    );
    expect(chosen).toMatchObject({ ok: true, value: { mode: 'manual', url: proxy.url } });
    const job = await services.jobs.submit({
      action: 'text2video',
      prompt: 'a lighthouse through a chosen proxy',
      model: 'kling-v1',
    });
    await until(() => seen.find((j) => j.id === job.id && j.state === 'ready'));
    expect(proxy.targets.length).toBeGreaterThanOrEqual(1);
    const saved = JSON.parse(await readFile(join(dataDir, 'preferences.json'), 'utf8'));
    expect(saved.proxy).toEqual({ mode: 'manual', url: proxy.url });
  });

  it('"none" ignores HTTPS_PROXY: the proxy sees nothing and the unknown host is not reached', async () => {
    process.env.HTTPS_PROXY = proxy.url;
    const seen: Job[] = [];
    services = await boot(seen);
    await services.router.handle('network:setProxy', { mode: 'none' }, SENDER);
    const job = await services.jobs.submit({
      action: 'text2video',
      prompt: 'straight out',
      model: 'kling-v1',
    });
    const queued = await until(() =>
      seen.find((j) => j.id === job.id && j.state === 'queued' && j.note),
    );
    expect(queued.state).toBe('queued');
    expect(proxy.targets).toEqual([]);
    expect(api.requests.filter((r) => r.path === '/kling/videos')).toHaveLength(0);
  });
});
