import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createMainServices, type MainServices } from '../../../../electron/main/main-services';
import { MemorySecretBackend } from '../../../../electron/main/services/secrets/secret-backend';
import { PLATFORM_TOKEN_ACCOUNT } from '../../../../electron/main/services/secrets/token-service';
import { startFakeAceData, type FakeAceData } from '../../../fixtures/fake-acedata/server';

const TOKEN = 'sk-voice-sample-7781';
const PLATFORM = 'platform-voice-sample-7781';
const APP = { frameUrl: 'app://main/index.html', isMainFrame: true };
const MEDIA = resolve(__dirname, '../../../fixtures/media');

describe('a voice from a local recording, through the router', () => {
  let api: FakeAceData;
  let dataDir: string;
  let services: MainServices;

  beforeEach(async () => {
    api = await startFakeAceData({ validToken: TOKEN });
    dataDir = await mkdtemp(join(tmpdir(), 'kling-voice-sample-'));
    const keychain = new MemorySecretBackend();
    await keychain.set('acedata-api-token', TOKEN);
    await keychain.set(PLATFORM_TOKEN_ACCOUNT, PLATFORM);
    services = await createMainServices({
      version: 'test',
      dataDir,
      workspaceDir: join(dataDir, 'workspace'),
      apiBaseUrl: api.url,
      uploadUrl: `${api.url}/api/v1/files/`,
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

  const call = (channel: string, payload: unknown) =>
    services.router.handle(channel as never, payload, APP);
  const uploads = () => api.requests.filter((r) => r.path.startsWith('/api/v1/files'));
  const creates = () => api.requests.filter((r) => r.path === '/kling/voices');
  async function stage(file: string): Promise<string> {
    const staged = await call('references:stageAudio', { path: join(MEDIA, file) });
    if (!staged.ok) throw new Error(staged.error.message);
    return (staged.value as { id: string }).id;
  }

  test('the recording is read, published after consent, and voices create carries its uploaded URL', async () => {
    const staged = await call('references:stageAudio', { path: join(MEDIA, 'voice-6s.mp3') });
    expect(staged).toMatchObject({
      ok: true,
      value: { name: 'voice-6s.mp3', facts: { container: 'mp3', sizeBytes: 12_393 } },
    });
    const audioId = staged.ok ? (staged.value as { id: string }).id : '';

    const refused = await call('voices:createFromFile', { audioId, name: 'Me' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'consent_required' } });
    expect(uploads()).toHaveLength(0);
    expect(creates()).toHaveLength(0);

    await call('images:consent', { accepted: true });
    const made = await call('voices:createFromFile', { audioId, name: 'Me' });
    expect(made).toMatchObject({ ok: true, value: { name: 'Me', source: 'own' } });

    // The fake names uploads by content, as a CDN would: the URL is the one for these bytes.
    const bytes = await readFile(join(MEDIA, 'voice-6s.mp3'));
    const sha = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    const uploadedUrl = `${api.url}/uploads/${sha}.mp3`;
    expect(uploads()).toHaveLength(1);
    expect(uploads()[0]?.headers['authorization']).toBe(`Bearer ${PLATFORM}`);
    expect(creates().map((r) => r.body)).toEqual([
      { action: 'create', audio_url: uploadedUrl, name: 'Me' },
    ]);
    const served = await fetch(uploadedUrl);
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);

    // The new voice is in the cached list at once.
    const listed = await call('voices:list', {});
    expect(listed.ok && (listed.value as { items: { name: string }[] }).items[0]?.name).toBe('Me');
  });

  test.each<[string, RegExp]>([
    ['voice-3s.wav', /lasts 3 s; a voice sample lasts 5–30 s: record a longer one/],
    ['voice-31s.mp3', /lasts 31\.\d+ s; a voice sample lasts 5–30 s: trim it/],
  ])('%s is refused with the rule named and nothing is sent', async (file, rule) => {
    await call('images:consent', { accepted: true });
    const made = await call('voices:createFromFile', { audioId: await stage(file) });
    expect(made).toMatchObject({
      ok: false,
      error: { code: 'audio_refused', message: expect.stringMatching(rule) },
    });
    expect(uploads()).toHaveLength(0);
    expect(creates()).toHaveLength(0);
  });

  test.each<[string, () => Promise<string>, string]>([
    ['a video without sound', async () => join(MEDIA, 'sample.mp4'), 'audio_unreadable'],
    [
      'a text file named .mp3',
      async () => {
        const path = join(dataDir, 'notes.mp3');
        await writeFile(path, 'not a recording');
        return path;
      },
      'audio_unreadable',
    ],
    ['a folder', async () => dataDir, 'audio_not_file'],
    ['a relative path', async () => 'voice.mp3', 'audio_not_file'],
  ])('%s is not staged', async (_, pathOf, code) => {
    const staged = await call('references:stageAudio', { path: await pathOf() });
    expect(staged).toMatchObject({ ok: false, error: { code } });
  });

  test('an M4A recording is read as m4a from its bytes', async () => {
    const staged = await call('references:stageAudio', { path: join(MEDIA, 'voice-6s.m4a') });
    expect(staged).toMatchObject({
      ok: true,
      value: { facts: { container: 'm4a', durationSec: 6 } },
    });
  });

  test('an unknown recording id is refused', async () => {
    const made = await call('voices:createFromFile', { audioId: 'aud_0000000000000000' });
    expect(made).toMatchObject({ ok: false, error: { code: 'audio_not_found' } });
  });
});
