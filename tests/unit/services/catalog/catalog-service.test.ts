import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogService } from '../../../../electron/main/services/catalog/catalog-service';
import { KlingClient } from '../../../../electron/main/services/kling/kling-client';
import { startFakeAceData, type FakeAceData } from '../../../fixtures/fake-acedata/server';

const TOKEN = 'sk-catalog-token-7731';

describe('elements and voices', () => {
  let api: FakeAceData;
  let dir: string;

  function service(baseUrl = api.url): CatalogService {
    const client = new KlingClient({ baseUrl, readToken: async () => TOKEN });
    return new CatalogService({ client, cacheFile: join(dir, 'catalog.json') });
  }

  beforeEach(async () => {
    api = await startFakeAceData({ validToken: TOKEN });
    dir = await mkdtemp(join(tmpdir(), 'kling-catalog-'));
  });
  afterEach(async () => {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('lists own elements and presets, asking for presets and list with paging', async () => {
    const list = await service().refresh('elements');
    expect(list.problem).toBeNull();
    expect(list.items).toEqual([
      {
        id: 'el_own_1',
        name: 'My mascot',
        source: 'own',
        previewUrl: 'https://cdn.example.com/el/m.png',
      },
      expect.objectContaining({ id: 'el_preset_fox', source: 'preset' }),
      expect.objectContaining({ id: 'el_preset_robot', source: 'preset' }),
    ]);
    const bodies = api.requests.filter((r) => r.path === '/kling/elements').map((r) => r.body);
    expect(bodies).toEqual([
      { action: 'presets', page_num: 1, page_size: 50 },
      { action: 'list', page_num: 1, page_size: 50 },
    ]);
  });

  it('opens from the disk cache in a new run, without asking AceData', async () => {
    await service().refresh('voices');
    const before = api.requests.length;
    const later = await service().cached('voices');
    expect(later.items.map((i) => i.id)).toEqual(['voice_preset_calm', 'voice_preset_kid']);
    expect(later.fetchedAt).not.toBeNull();
    expect(api.requests.length).toBe(before);
    expect(JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8'))).toMatchObject({
      version: 1,
    });
  });

  it('keeps the cached list offline and says why it could not refresh', async () => {
    await service().refresh('elements');
    const url = api.url;
    await api.close();
    const offline = await service(url).refresh('elements');
    expect(offline.items).toHaveLength(3);
    // Refused at once (offline) or cut on a kept-alive socket (network): either way not fresh.
    expect(offline.problem?.code).toMatch(/^(offline|network)$/);
    api = await startFakeAceData({ validToken: TOKEN });
  });

  it.each([
    ['404 no_api', 404, { code: 'no_api', detail: 'Not found' }],
    ['503', 503, { success: false, error: { code: 'service_unavailable', message: 'x' } }],
  ])(
    'says elements are not on this account yet when AceData answers %s',
    async (_n, status, body) => {
      api.failNext('/kling/elements', { status, body });
      const list = await service().refresh('elements');
      expect(list.items).toEqual([]);
      expect(list.problem?.code).toBe('feature_unavailable');
      expect(list.problem?.message).toMatch(
        /Elements are not available on this AceData account yet/,
      );
    },
  );

  it('creates a voice from a sample URL, lists it as own, and deletes it', async () => {
    const catalog = service();
    const voice = await catalog.createVoice('https://cdn.example.com/sample.mp3', 'Me');
    expect(voice).toMatchObject({ name: 'Me', source: 'own' });
    expect((await catalog.cached('voices')).items.map((i) => i.id)).toContain(voice.id);
    expect((await catalog.refresh('voices')).items[0]?.id).toBe(voice.id);
    expect(await catalog.delete('voices', voice.id)).toBe(true);
    expect((await catalog.cached('voices')).items.map((i) => i.id)).not.toContain(voice.id);
    expect(api.catalog.own.voices).toEqual([]);
    const sent = api.requests.filter((r) => r.path === '/kling/voices').map((r) => r.body);
    expect(sent[0]).toEqual({
      action: 'create',
      audio_url: 'https://cdn.example.com/sample.mp3',
      name: 'Me',
    });
    expect(sent.at(-1)).toEqual({ action: 'delete', voice_id: voice.id });
  });

  it('refuses to create a voice without a sample and says what AceData answered', async () => {
    await expect(service().createVoice('not a url')).rejects.toMatchObject({
      code: 'bad_request',
    });
  });
});
