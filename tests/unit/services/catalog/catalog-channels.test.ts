import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMainServices, type MainServices } from '../../../../electron/main/main-services';
import { MemorySecretBackend } from '../../../../electron/main/services/secrets/secret-backend';
import { startFakeAceData, type FakeAceData } from '../../../fixtures/fake-acedata/server';

const TOKEN = 'sk-catalog-channels-5512';
const APP = { frameUrl: 'app://main/index.html', isMainFrame: true };

describe('element and voice channels through the router', () => {
  let api: FakeAceData;
  let dataDir: string;
  let services: MainServices;

  beforeEach(async () => {
    api = await startFakeAceData({ validToken: TOKEN });
    dataDir = await mkdtemp(join(tmpdir(), 'kling-catalog-ipc-'));
    const keychain = new MemorySecretBackend();
    await keychain.set('acedata-api-token', TOKEN);
    services = await createMainServices({
      version: 'test',
      dataDir,
      workspaceDir: join(dataDir, 'workspace'),
      apiBaseUrl: api.url,
      downloadHosts: [new URL(api.url).host],
      keychain,
      isTrustedSender: () => true,
      emit: () => undefined,
      openExternal: async () => false,
    });
  });
  afterEach(async () => {
    services.stop();
    await api.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('elements:list answers from the cache, and with refresh from AceData', async () => {
    const empty = await services.router.handle('elements:list', {}, APP);
    expect(empty).toEqual({ ok: true, value: { items: [], fetchedAt: null, problem: null } });
    const fresh = await services.router.handle('elements:list', { refresh: true }, APP);
    expect(fresh.ok && (fresh.value as { items: unknown[] }).items).toHaveLength(3);
    const cached = await services.router.handle('elements:list', {}, APP);
    expect(cached.ok && (cached.value as { items: unknown[] }).items).toHaveLength(3);
  });

  it('voices:create refuses a non-http sample before anything is sent', async () => {
    const answer = await services.router.handle(
      'voices:create',
      { audioUrl: 'file:///a.mp3' },
      APP,
    );
    expect(answer.ok).toBe(false);
    expect(api.requests.filter((r) => r.path === '/kling/voices')).toHaveLength(0);
  });

  it('voices:create then voices:delete reach AceData with the sample URL and the new id', async () => {
    const made = await services.router.handle(
      'voices:create',
      { audioUrl: 'https://cdn.example.com/me.wav', name: 'Me' },
      APP,
    );
    expect(made.ok).toBe(true);
    const id = made.ok ? (made.value as { id: string }).id : '';
    expect(await services.router.handle('voices:delete', { voiceId: id }, APP)).toEqual({
      ok: true,
      value: { deleted: true },
    });
  });
});
