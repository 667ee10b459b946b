import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createMainServices, type MainServices } from '../../../../electron/main/main-services';
import { MemorySecretBackend } from '../../../../electron/main/services/secrets/secret-backend';
import { PLATFORM_TOKEN_ACCOUNT } from '../../../../electron/main/services/secrets/token-service';
import type { ToolVideoUse } from '../../../../shared/tools';
import { startFakeAceData, type FakeAceData } from '../../../fixtures/fake-acedata/server';

const TOKEN = 'sk-tool-video-4410';
const APP = { frameUrl: 'app://main/index.html', isMainFrame: true };
const MEDIA = resolve(__dirname, '../../../fixtures/media');

describe("a local video for a tool, checked by main against the tool's limits", () => {
  let api: FakeAceData;
  let dataDir: string;
  let services: MainServices;

  beforeEach(async () => {
    api = await startFakeAceData({ validToken: TOKEN });
    dataDir = await mkdtemp(join(tmpdir(), 'kling-tool-video-'));
    const keychain = new MemorySecretBackend();
    await keychain.set('acedata-api-token', TOKEN);
    await keychain.set(PLATFORM_TOKEN_ACCOUNT, 'platform-tool-video-4410');
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
    await services.router.handle('images:consent', { accepted: true }, APP);
  });
  afterEach(async () => {
    services.stop();
    await api.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const uploads = () => api.requests.filter((r) => r.path.startsWith('/api/v1/files'));
  async function upload(file: string, use: ToolVideoUse) {
    const staged = await services.router.handle(
      'references:stageVideo',
      { path: join(MEDIA, file) },
      APP,
    );
    if (!staged.ok) throw new Error(staged.error.message);
    return services.router.handle(
      'tools:uploadVideo',
      { videoId: (staged.value as { id: string }).id, use },
      APP,
    );
  }

  test.each<[string, string, ToolVideoUse]>([
    ['a 3.5 s video for lip-sync', 'reference-704x704-24fps.mp4', { tool: 'lip-sync' }],
    [
      'a 640 × 360 video as the motion',
      'frames-640x360.mp4',
      { tool: 'motion', orientation: 'image' },
    ],
  ])('%s is uploaded and its URL answered', async (_, file, use) => {
    const answer = await upload(file, use);
    expect(answer).toMatchObject({
      ok: true,
      value: { url: expect.stringMatching(/\/uploads\/[0-9a-f]{16}\.mp4$/) },
    });
    expect(uploads()).toHaveLength(1);
  });

  test('a 320 × 180 video is refused as the motion, naming the rule, and nothing is sent', async () => {
    const answer = await upload('sample.mp4', { tool: 'motion', orientation: 'video' });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'video_refused',
        message:
          'This video is 320 × 180 px; Motion control takes sides of 340–3850 px: resize it.',
      },
    });
    expect(uploads()).toHaveLength(0);
  });

  test('the same 320 × 180 video is fine for lip-sync, which has no size rule', async () => {
    expect((await upload('sample.mp4', { tool: 'lip-sync' })).ok).toBe(true);
  });
});
