import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/app-error';
import { createRouter, type Handlers } from '../../../electron/main/ipc/router';
import { appOriginPolicy } from '../../../electron/main/ipc/sender-policy';

const APP = { frameUrl: 'file:///opt/kling/out/renderer/index.html', isMainFrame: true };

function makeRouter(overrides: Partial<Handlers> = {}) {
  const status = { hasToken: true, last4: 'WXYZ', storage: 'keychain' as const, warning: null };
  const handlers = {
    'app:info': vi.fn(() => ({ version: '1', apiBaseUrl: 'x', workspaceDir: '/w' })),
    'token:status': vi.fn(() => status),
    'token:save': vi.fn(() => status),
    'token:clear': vi.fn(() => status),
    'projects:list': vi.fn(() => []),
    'library:list': vi.fn(() => []),
    'jobs:list': vi.fn(() => []),
    'jobs:submit': vi.fn(() => {
      throw new Error('not reached');
    }),
    'shell:openExternal': vi.fn(() => ({ opened: false })),
    ...overrides,
  } as Handlers;
  const onInternalError = vi.fn();
  const router = createRouter({
    handlers,
    isTrustedSender: appOriginPolicy(['file:///opt/kling/out/renderer/index.html']),
    onInternalError,
  });
  return { router, handlers, onInternalError };
}

describe('IPC router', () => {
  it('answers a valid request from the app window', async () => {
    const { router } = makeRouter();
    expect(await router.handle('token:status', {}, APP)).toEqual({
      ok: true,
      value: {
        hasToken: true,
        last4: 'WXYZ',
        storage: 'keychain',
        warning: null,
        platform: { hasToken: false, last4: null },
      },
    });
  });

  it.each([
    ['a subframe of the app', { ...APP, isMainFrame: false }],
    ['another file page', { frameUrl: 'file:///tmp/evil.html', isMainFrame: true }],
    ['a web origin', { frameUrl: 'https://evil.example/', isMainFrame: true }],
    ['a blank frame', { frameUrl: '', isMainFrame: true }],
  ])('refuses %s and runs no handler', async (_name, sender) => {
    const { router, handlers } = makeRouter();
    const answer = await router.handle('token:save', { token: 'abcdefgh1234' }, sender);
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(handlers['token:save']).not.toHaveBeenCalled();
  });

  it.each([
    ['a missing field', {}],
    ['a wrong type', { token: 42 }],
    ['an extra key', { token: 'abcdefgh1234', __proto__: { polluted: true }, extra: 1 }],
    ['a huge string', { token: 'x'.repeat(100_000) }],
    ['null', null],
    ['an array', ['abcdefgh1234']],
    ['deep nesting', JSON.parse('{"token":' + '['.repeat(500) + ']'.repeat(500) + '}')],
  ])('refuses a malformed payload (%s) without calling the handler', async (_name, payload) => {
    const { router, handlers } = makeRouter();
    const answer = await router.handle('token:save', payload, APP);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(handlers['token:save']).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses channels outside the contract, including prototype names', async () => {
    const { router } = makeRouter();
    for (const channel of ['token:read', 'constructor', '__proto__', 'toString']) {
      expect(await router.handle(channel, {}, APP)).toMatchObject({
        ok: false,
        error: { code: 'unknown_channel' },
      });
    }
  });

  it('passes on a service error with its code and trace id', async () => {
    const { router } = makeRouter({
      'jobs:submit': () => {
        throw new AppError('used_up', 'Top up your balance.', 'trace-1');
      },
    });
    const answer = await router.handle(
      'jobs:submit',
      { action: 'text2video', prompt: 'a cat', model: 'kling-v1' },
      APP,
    );
    expect(answer).toEqual({
      ok: false,
      error: { code: 'used_up', message: 'Top up your balance.', traceId: 'trace-1' },
    });
  });

  it('hides unexpected failures behind a plain message and reports them', async () => {
    const { router, onInternalError } = makeRouter({
      'jobs:list': () => {
        throw new Error('/home/me/secret path');
      },
    });
    const answer = await router.handle('jobs:list', {}, APP);
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(answer)).not.toContain('secret path');
    expect(onInternalError).toHaveBeenCalledOnce();
  });

  it('strips fields a handler returns beyond the contract', async () => {
    const { router } = makeRouter({
      'token:status': () =>
        ({
          hasToken: true,
          last4: 'WXYZ',
          storage: 'keychain',
          warning: null,
          token: 'sk-leak',
        }) as never,
    });
    const answer = await router.handle('token:status', {}, APP);
    expect(JSON.stringify(answer)).not.toContain('sk-leak');
  });

  it('accepts the model alias and hands the canonical id to the handler', async () => {
    const submit = vi.fn(() => {
      throw new AppError('internal', 'stop');
    });
    const { router } = makeRouter({ 'jobs:submit': submit });
    await router.handle(
      'jobs:submit',
      { action: 'text2video', prompt: 'a cat', model: 'kling-video-o1' },
      APP,
    );
    expect(submit).toHaveBeenCalledWith({
      action: 'text2video',
      prompt: 'a cat',
      model: 'kling-o1',
    });
  });
});

describe('app origin policy', () => {
  const policy = appOriginPolicy(['http://127.0.0.1:5173/']);
  it('trusts the dev server origin on any path', () => {
    expect(policy({ frameUrl: 'http://127.0.0.1:5173/index.html', isMainFrame: true })).toBe(true);
  });
  it('refuses another port and malformed URLs', () => {
    expect(policy({ frameUrl: 'http://127.0.0.1:5174/', isMainFrame: true })).toBe(false);
    expect(policy({ frameUrl: 'not a url', isMainFrame: true })).toBe(false);
  });
});
