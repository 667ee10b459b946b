import { describe, expect, it, vi } from 'vitest';
import {
  MemorySecretBackend,
  type SecretBackend,
} from '../../../../electron/main/services/secrets/secret-backend';
import {
  API_TOKEN_ACCOUNT,
  TokenService,
} from '../../../../electron/main/services/secrets/token-service';

const TOKEN = 'sk-abcdef0123456789-WXYZ';

const brokenKeychain: SecretBackend = {
  get: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11')),
  set: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11')),
  delete: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11')),
};

describe('TokenService', () => {
  it('stores the token in the keychain and shows only its last four characters', async () => {
    const keychain = new MemorySecretBackend();
    const onChange = vi.fn();
    const tokens = new TokenService({ keychain, onChange });
    const status = await tokens.save(`  ${TOKEN}\n`);
    expect(status).toEqual({
      hasToken: true,
      last4: 'WXYZ',
      storage: 'keychain',
      warning: null,
      platform: { hasToken: false, last4: null },
    });
    expect(await keychain.get(API_TOKEN_ACCOUNT)).toBe(TOKEN);
    expect(JSON.stringify(status)).not.toContain(TOKEN.slice(0, 8));
    expect(onChange).toHaveBeenCalledWith(status);
  });

  it('replaces and removes the token', async () => {
    const keychain = new MemorySecretBackend();
    const tokens = new TokenService({ keychain });
    await tokens.save(TOKEN);
    expect((await tokens.save('sk-second-token-0000')).last4).toBe('0000');
    expect(await tokens.read()).toBe('sk-second-token-0000');
    expect(await tokens.clear()).toMatchObject({ hasToken: false, last4: null, storage: 'none' });
    expect(await keychain.get(API_TOKEN_ACCOUNT)).toBeNull();
  });

  it('keeps the token in memory, with a warning, when no keychain answers', async () => {
    const tokens = new TokenService({ keychain: brokenKeychain });
    const status = await tokens.save(TOKEN);
    expect(status.storage).toBe('memory');
    expect(status.warning).toMatch(/memory for this session/);
    expect(await tokens.read()).toBe(TOKEN);
  });

  it('works with no keychain module at all', async () => {
    const tokens = new TokenService({ keychain: null });
    expect((await tokens.status()).warning).toMatch(/memory/);
    expect((await tokens.save(TOKEN)).storage).toBe('memory');
  });

  it('prefers a token from the environment', async () => {
    const tokens = new TokenService({
      keychain: new MemorySecretBackend(),
      environmentToken: 'sk-env-token-1234',
    });
    expect(await tokens.status()).toMatchObject({ storage: 'environment', last4: '1234' });
    expect(await tokens.read()).toBe('sk-env-token-1234');
  });

  it('keeps the platform token for uploads beside the API token, shown only by its last four', async () => {
    const keychain = new MemorySecretBackend();
    const tokens = new TokenService({ keychain });
    await tokens.save(TOKEN);
    const status = await tokens.savePlatform('platform-9876543210-PLAT');
    expect(status.platform).toEqual({ hasToken: true, last4: 'PLAT' });
    expect(await tokens.readPlatform()).toBe('platform-9876543210-PLAT');
    expect(await tokens.read()).toBe(TOKEN);
    expect((await tokens.clearPlatform()).platform.hasToken).toBe(false);
    expect(await tokens.read()).toBe(TOKEN);
  });

  it('refuses a platform token and one with inner spaces', async () => {
    const tokens = new TokenService({ keychain: new MemorySecretBackend() });
    await expect(tokens.save('platform-abcdef123456')).rejects.toMatchObject({
      code: 'platform_token',
    });
    await expect(tokens.save('sk-abc def-123456')).rejects.toMatchObject({
      code: 'invalid_token_format',
    });
    expect((await tokens.status()).hasToken).toBe(false);
  });
});
