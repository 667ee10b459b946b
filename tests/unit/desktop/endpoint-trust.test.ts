import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EndpointTrust } from '../../../electron/main/services/endpoints/endpoint-trust';
import { createMainServices, type MainServices } from '../../../electron/main/main-services';
import { MemorySecretBackend } from '../../../electron/main/services/secrets/secret-backend';
import { DEFAULT_API_BASE_URL, DEFAULT_UPLOAD_URL } from '../../../electron/main/services/config';
import { startFakeAceData, type FakeAceData } from '../../fixtures/fake-acedata/server';

const TOKEN = 'sk-endpoint-7a1b2c3d4e5f-LMNO';
const SENDER = { frameUrl: 'app://kling/index.html', isMainFrame: true };

function trust(packaged: boolean, apiBaseUrl: string, uploadUrl = DEFAULT_UPLOAD_URL) {
  return new EndpointTrust({
    packaged,
    developerMode: packaged,
    ignoredOverrides: [],
    apiBaseUrl,
    uploadUrl,
  });
}

describe('endpoint trust', () => {
  it("sends tokens to AceData's own hosts without asking", () => {
    expect(trust(true, DEFAULT_API_BASE_URL).allowsTokens()).toBe(true);
  });

  it('a packaged build asks before any other host, this computer included', () => {
    const endpoints = trust(true, 'http://127.0.0.1:8787', 'https://files.example/up/');
    expect(endpoints.allowsTokens()).toBe(false);
    expect(endpoints.status().unconfirmedHosts).toEqual(['127.0.0.1:8787', 'files.example']);
  });

  it('from source, asks for a remote host but not for this computer', () => {
    expect(trust(false, 'http://127.0.0.1:8787').allowsTokens()).toBe(true);
    expect(trust(false, 'https://api.example').allowsTokens()).toBe(false);
  });

  it('a confirmation must name exactly the hosts waiting', () => {
    const endpoints = trust(true, 'https://api.example');
    expect(() => endpoints.confirm(['other.example'])).toThrow(/not the ones/);
    expect(() => endpoints.confirm([])).toThrow(/not the ones/);
    expect(endpoints.allowsTokens()).toBe(false);
    expect(endpoints.confirm(['api.example']).unconfirmedHosts).toEqual([]);
    expect(endpoints.allowsTokens()).toBe(true);
  });
});

describe('the token and an unconfirmed host', () => {
  let api: FakeAceData | null = null;
  let dataDir: string | null = null;
  let services: MainServices | null = null;
  afterEach(async () => {
    services?.stop();
    await api?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('no request carries the token until the person confirms the host in the window; then the job goes', async () => {
    api = await startFakeAceData({ taskDurationMs: 100, validToken: TOKEN });
    dataDir = await mkdtemp(join(tmpdir(), 'kling-endpoints-'));
    const keychain = new MemorySecretBackend();
    await keychain.set('acedata-api-token', TOKEN);
    services = await createMainServices({
      version: 'test',
      dataDir,
      workspaceDir: join(dataDir, 'workspace'),
      apiBaseUrl: api.url,
      downloadHosts: [new URL(api.url).host],
      keychain,
      endpoints: trust(true, api.url, `${api.url}/api/v1/files/`),
      isTrustedSender: () => true,
      emit: () => undefined,
      openExternal: async () => false,
      limits: { pollFloorMs: 50, pollCapMs: 400, minSubmitIntervalMs: 10 },
    });
    const request = { action: 'text2video', prompt: 'a kite over dunes', model: 'kling-v1' };
    const refused = await services.router.handle('jobs:submit', request, SENDER);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'endpoint_unconfirmed',
        message: expect.stringContaining(new URL(api.url).host),
      },
    });
    expect(api.requests).toEqual([]);

    const status = await services.router.handle('app:endpoints', {}, SENDER);
    const host = new URL(api.url).host;
    expect(status).toMatchObject({ ok: true, value: { unconfirmedHosts: [host], packaged: true } });
    expect(
      await services.router.handle('app:confirmEndpoints', { hosts: [host] }, SENDER),
    ).toMatchObject({
      ok: true,
      value: { unconfirmedHosts: [] },
    });
    expect(await services.router.handle('jobs:submit', request, SENDER)).toMatchObject({
      ok: true,
    });
    const deadline = Date.now() + 10_000;
    // Waiting for the clip also lets the job's files settle before the folder is removed.
    while (!services.jobs.list().some((job) => job.state === 'ready') && Date.now() < deadline)
      await new Promise((done) => setTimeout(done, 25));
    expect(api.requests.filter((r) => r.path === '/kling/videos')).toHaveLength(1);
    expect(services.jobs.list().map((job) => job.state)).toEqual(['ready']);
  });
});
