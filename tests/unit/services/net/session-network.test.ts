import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createSessionNetwork,
  sessionProxyConfig,
  type NetworkSession,
  type SessionProxyConfig,
} from '../../../../electron/main/services/net/session-network';

/**
 * A stand-in for Electron's `Session`: it refuses what the real one refuses (a `URL` object)
 * and otherwise sends the request through Node's fetch, recording what it was given.
 */
function fakeSession(options: { refuseProxy?: Error } = {}) {
  const inputs: unknown[] = [];
  const proxies: SessionProxyConfig[] = [];
  const session: NetworkSession = {
    fetch: (input, init) => {
      inputs.push(input);
      if (typeof input !== 'string' && !(input instanceof Request))
        return Promise.reject(new TypeError('Session.fetch takes a string or a Request'));
      return fetch(input, init);
    },
    setProxy: async (config) => {
      if (options.refuseProxy) throw options.refuseProxy;
      proxies.push(config);
    },
  };
  return { session, inputs, proxies };
}

describe('the network over a Chromium session', () => {
  let server: Server;
  let base: string;
  const seen: { method: string; url: string; body: string; auth: string }[] = [];

  beforeEach(async () => {
    seen.length = 0;
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({
          method: req.method ?? '',
          url: req.url ?? '',
          body,
          auth: req.headers.authorization ?? '',
        });
        res.writeHead(201, { 'content-type': 'application/json' }).end('{"ok":true}');
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterEach(() => new Promise<void>((done) => server.close(() => done())));

  it('hands the session a URL object as its text, with method, headers and body unchanged', async () => {
    const { session, inputs } = fakeSession();
    const network = createSessionNetwork(session);
    const res = await network.fetch(new URL('/kling/tasks?x=1', base), {
      method: 'POST',
      headers: { authorization: 'Bearer sk-session-0001' },
      body: '{"action":"retrieve"}',
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ ok: true });
    expect(inputs).toEqual([`${base}/kling/tasks?x=1`]);
    expect(seen).toEqual([
      {
        method: 'POST',
        url: '/kling/tasks?x=1',
        body: '{"action":"retrieve"}',
        auth: 'Bearer sk-session-0001',
      },
    ]);
  });

  it('passes strings and Request objects through as they are', async () => {
    const { session, inputs } = fakeSession();
    const network = createSessionNetwork(session);
    const request = new Request(`${base}/b`, { method: 'PUT', body: 'two' });
    await network.fetch(`${base}/a`);
    await network.fetch(request);
    expect(inputs[0]).toBe(`${base}/a`);
    expect(inputs[1]).toBe(request);
    expect(seen.map((s) => `${s.method} ${s.url} ${s.body}`)).toEqual(['GET /a ', 'PUT /b two']);
  });

  it('applies each proxy choice to the session as Chromium proxy settings', async () => {
    const { session, proxies } = fakeSession();
    const network = createSessionNetwork(session);
    await network.useProxy({ mode: 'manual', url: 'http://proxy.corp.example:8080' });
    await network.useProxy({ mode: 'none' });
    await network.useProxy({ mode: 'system' });
    expect(proxies).toEqual([
      { mode: 'fixed_servers', proxyRules: 'http://proxy.corp.example:8080' },
      { mode: 'direct' },
      { mode: 'system' },
    ]);
  });

  it('rejects with the session’s own error when Chromium refuses the rules', async () => {
    const refusal = new Error('ERR_INVALID_ARGUMENT');
    const network = createSessionNetwork(fakeSession({ refuseProxy: refusal }).session);
    await expect(network.useProxy({ mode: 'none' })).rejects.toBe(refusal);
  });
});

describe('Chromium proxy settings for a choice', () => {
  it('keeps only the scheme, host and port of a manual proxy', () => {
    expect(sessionProxyConfig({ mode: 'manual', url: 'https://Proxy.Example:3128/' })).toEqual({
      mode: 'fixed_servers',
      proxyRules: 'https://proxy.example:3128',
    });
  });

  it('leaves out a default port, as Chromium reads the scheme’s own', () => {
    expect(sessionProxyConfig({ mode: 'manual', url: 'http://proxy.example:80' })).toEqual({
      mode: 'fixed_servers',
      proxyRules: 'http://proxy.example',
    });
  });
});
