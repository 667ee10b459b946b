import { describe, expect, test } from 'vitest';
import type { KlingApi } from '../../shared/bridge';
import { switchLanguage } from '../../shared/i18n';
import { bridge, toAppError } from '../../renderer/src/ipc/kling';

// The window's own errors (the bridge to main missing or broken) are written when they happen,
// in the language the window shows.

describe("the window's bridge errors in Chinese", () => {
  test('a missing bridge, a broken call and an unexpected failure read as Chinese', async () => {
    await switchLanguage('zh-CN');
    Reflect.deleteProperty(window, 'kling');
    expect(() => bridge.token.status()).toThrow(
      'Kling Studio 无法连接主进程。请关闭窗口后重新启动应用。',
    );

    window.kling = {
      token: { status: () => Promise.reject(new Error('gone')) },
    } as unknown as KlingApi;
    await expect(bridge.token.status()).rejects.toMatchObject({
      code: 'ipc_failed',
      message: 'Kling Studio 与主进程失去联系。请重试；如果一直出现，请重启应用。',
    });
    expect(() => bridge.token.clear()).toThrow('Kling Studio 的主进程中没有“token.clear”。');

    expect(toAppError(new Error('boom'))).toMatchObject({
      code: 'unexpected',
      message: '窗口内出错。请重试；如果一直出现，请重启 Kling Studio。',
    });
  });

  test('in English the same failures keep their English wording', () => {
    expect(toAppError('boom').message).toBe(
      'Something went wrong in the window. Try again; if it keeps happening, restart Kling Studio.',
    );
  });
});
