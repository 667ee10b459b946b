import { afterEach, describe, expect, it } from 'vitest';
import { JobSchema, type Job } from '../../../../shared/domain';
import { switchLanguage } from '../../../../shared/i18n';
import { toAppError } from '../../../../electron/main/services/downloads/download-errors';
import { tooLargeError } from '../../../../electron/main/services/downloads/receive-body';
import { uploadFile } from '../../../../electron/main/services/uploads/upload-client';
import { apiErrorFrom } from '../../../../electron/main/services/kling/api-errors';
import { folderRefusal } from '../../../../electron/main/services/library/folder-policy';
import { JobNotices } from '../../../../electron/main/services/notices/job-notices';
import { buildAppMenu } from '../../../../electron/main/desktop/app-menu';

// Main writes each message at the moment it is made, in the language it is switched to; these
// are the messages a person meets most, each checked in Chinese with the same values.

const MB = 1024 * 1024;

function job(overrides: Partial<Job>): Job {
  return JobSchema.parse({
    id: 'job_1',
    projectId: 'default',
    action: 'text2video',
    model: 'kling-v2-6',
    prompt: 'A red kite over the dunes',
    state: 'ready',
    taskId: 'task_1',
    clipId: 'clip_1',
    error: null,
    createdAt: '2026-11-29T10:00:00.000Z',
    updatedAt: '2026-11-29T10:01:00.000Z',
    download: null,
    ...overrides,
  });
}

const notices = () =>
  new JobNotices({
    signals: {
      notify: () => undefined,
      setProgress: () => undefined,
      focusWindow: () => undefined,
    },
    soundOn: async () => false,
    emit: () => undefined,
  });

const answering = (status: number) =>
  (async () =>
    new Response(JSON.stringify({ success: false }), { status })) as unknown as typeof fetch;

const upload = (status: number) =>
  uploadFile({
    endpoint: 'https://platform.example/api/v1/files',
    token: 'platform-token',
    bytes: new Uint8Array(8),
    fileName: 'video-1.mp4',
    kind: 'video',
    mime: 'video/mp4',
    fetchImpl: answering(status),
    timeoutMs: 1000,
  }).catch((error: Error) => error.message);

const diskFull = () => Object.assign(new Error('no space'), { code: 'ENOSPC' });

describe("main's messages in the person's language", () => {
  afterEach(() => switchLanguage('en'));

  it('a full disk names the megabytes kept, in English and in Chinese', async () => {
    expect(toAppError(diskFull(), 5 * MB).message).toBe(
      'The disk is full: the download of this video is paused with 5.0 MB saved. Free some space; it resumes by itself.',
    );
    await switchLanguage('zh-CN');
    expect(toAppError(diskFull(), 5 * MB).message).toBe(
      '磁盘已满：这个视频的下载已暂停，已保存 5.0 MB。请腾出空间，下载会自动继续。',
    );
    expect(toAppError(diskFull(), 0).message).toBe('磁盘已满，视频无法保存。请腾出空间后重试。');
  });

  it('a download over the limit names the limit with the thousands grouped', async () => {
    expect(tooLargeError(2048 * MB).message).toBe(
      'The video is larger than the 2,048 MB limit, so it was not downloaded.',
    );
    await switchLanguage('zh-CN');
    expect(tooLargeError(2048 * MB).message).toBe('视频超过 2,048 MB 的上限，没有下载。');
    expect(toAppError(new Error('socket hang up'), 0).message).toBe(
      '视频无法下载（socket hang up）。请检查网络后重试。',
    );
  });

  it('an upload refused as too large, or by a failing service, says so in Chinese', async () => {
    await switchLanguage('zh-CN');
    expect(await upload(413)).toBe('AceData 认为这个视频太大，已拒绝。请剪短或压缩后重试。');
    expect(await upload(503)).toBe('AceData 的上传服务拒绝了这个视频（HTTP 503）。请稍后重试。');
    expect(await upload(401)).toMatch(
      /^AceData 拒绝了这次上传使用的平台令牌（HTTP 401）。上传需要/,
    );
  });

  it('a refused API token says what to do, and keeps the provider’s own words as sent', async () => {
    await switchLanguage('zh-CN');
    const error = apiErrorFrom(401, {
      error: { code: 'invalid_token', message: 'token is not valid' },
      trace_id: 'trace-1',
    });
    expect(error.code).toBe('invalid_token');
    expect(error.message).toBe(
      'AceData 拒绝了你的 API 令牌。请打开设置，粘贴有效的令牌。AceData 的说明：token is not valid',
    );
    expect(apiErrorFrom(418, {}).message).toBe('AceData 返回了错误（HTTP 418）。');
  });

  it('a folder the library refuses is named in Chinese', async () => {
    const context = {
      home: '/home/ana',
      workspace: '/home/ana/Videos/Kling Studio',
      platform: 'linux' as const,
    };
    await switchLanguage('zh-CN');
    expect(folderRefusal('/home/ana', context)).toBe(
      '这是你的主文件夹。请在其中选择或新建一个文件夹来存放项目。',
    );
    expect(folderRefusal('/', context)).toBe('这是磁盘的根目录。请选择其中的文件夹。');
  });

  it("a notification's title and body follow the language, the prompt kept as written", async () => {
    await switchLanguage('zh-CN');
    expect(await notices().noticeFor(job({}))).toMatchObject({
      title: '视频已生成',
      body: '“A red kite over the dunes”已加入你的视频库。',
    });
    expect(await notices().noticeFor(job({ state: 'failed', clipId: null }))).toMatchObject({
      title: '视频生成失败',
      body: '视频未能生成。打开 Kling Studio 查看原因并重试。',
    });
  });

  it('the menu is built in the language of the moment, the roles kept', async () => {
    const build = () =>
      buildAppMenu({
        platform: 'linux',
        appName: 'Kling Studio',
        packaged: true,
        openExternal: () => undefined,
        checkForUpdates: () => undefined,
      });
    expect(build().map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    await switchLanguage('zh-CN');
    const menu = build();
    expect(menu.map((item) => item.label)).toEqual(['文件', '编辑', '显示', '窗口', '帮助']);
    expect(menu[1]?.submenu?.find((item) => item.role === 'copy')?.label).toBe('复制');
    expect(menu[0]?.submenu?.[0]).toMatchObject({ role: 'quit', label: '退出' });
  });
});
