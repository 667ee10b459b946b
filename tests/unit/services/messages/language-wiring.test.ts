import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '../../../../shared/i18n';
import { createMainServices, type MainServices } from '../../../../electron/main/main-services';
import { MemorySecretBackend } from '../../../../electron/main/services/secrets/secret-backend';

const SENDER = { frameUrl: 'app://renderer/index.html', isMainFrame: true };

describe("main's language, through the IPC channels", () => {
  let dataDir: string;
  let services: MainServices | null = null;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'kling-language-'));
  });
  afterEach(async () => {
    services?.stop();
    await switchLanguage('en');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('a Chinese system makes main answer in Chinese until English is chosen', async () => {
    services = await createMainServices({
      version: 'test',
      dataDir,
      workspaceDir: join(dataDir, 'workspace'),
      apiBaseUrl: 'http://127.0.0.1:9',
      downloadHosts: [],
      keychain: new MemorySecretBackend(),
      isTrustedSender: () => true,
      emit: () => undefined,
      openExternal: async () => false,
      systemLanguages: () => ['zh-CN'],
    });
    const ask = (channel: string, payload: unknown) =>
      services!.router.handle(channel, payload, SENDER);
    const missingClip = () => ask('library:get', { clipId: 'clip_gone' });

    expect(await ask('appearance:language', {})).toEqual({
      ok: true,
      value: { setting: 'system', language: 'zh-CN' },
    });
    // The language is chosen before the library opens, so the first project is named in it.
    expect(await ask('projects:list', {})).toMatchObject({
      ok: true,
      value: [{ name: '我的第一个项目', deletion: { title: '删除项目“我的第一个项目”？' } }],
    });
    expect(await missingClip()).toEqual({
      ok: false,
      error: {
        code: 'unknown_clip',
        message: '视频库中已没有这个片段。请刷新列表。',
        traceId: null,
      },
    });
    expect(
      await ask('jobs:submit', { action: 'text2video', prompt: 'a kite', model: 'kling-v1' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'no_token', message: '请先在设置中添加你的 AceData API 令牌。' },
    });

    expect(await ask('appearance:setLanguage', { setting: 'en' })).toEqual({
      ok: true,
      value: { setting: 'en', language: 'en' },
    });
    expect(await missingClip()).toMatchObject({
      ok: false,
      error: { message: 'That clip is no longer in the library. Refresh the list.' },
    });
  });
});
