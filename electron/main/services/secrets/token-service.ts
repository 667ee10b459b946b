import type { TokenStatus } from '../../../../shared/domain';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import { MemorySecretBackend, type SecretBackend } from './secret-backend';

export const API_TOKEN_ACCOUNT = 'acedata-api-token';
/** AceData's file upload takes a separate platform token, kept beside the API token. */
export const PLATFORM_TOKEN_ACCOUNT = 'acedata-platform-token';

export interface TokenServiceOptions {
  /** The OS keychain, or null when the keychain module could not be loaded at all. */
  keychain: SecretBackend | null;
  /** A token given through the environment for scripted runs; it wins over the keychain. */
  environmentToken?: string | null;
  onChange?: (status: TokenStatus) => void;
}

/**
 * Owns the AceData token. It is read only here, in the main process; everything that leaves
 * this class is a status with at most the last four characters.
 */
export class TokenService {
  private readonly memory = new MemorySecretBackend();
  private keychainWorks: boolean;
  private readonly keychain: SecretBackend | null;
  private readonly environmentToken: string | null;
  private readonly onChange: ((status: TokenStatus) => void) | undefined;

  constructor(options: TokenServiceOptions) {
    this.keychain = options.keychain;
    this.keychainWorks = options.keychain !== null;
    this.environmentToken = options.environmentToken?.trim() || null;
    this.onChange = options.onChange;
  }

  /** The token for an outgoing request, or null. Never hand the result to the renderer. */
  async read(): Promise<string | null> {
    if (this.environmentToken) return this.environmentToken;
    return this.readAccount(API_TOKEN_ACCOUNT);
  }

  /** The platform token for uploads, or null. Never hand the result to the renderer. */
  readPlatform(): Promise<string | null> {
    return this.readAccount(PLATFORM_TOKEN_ACCOUNT);
  }

  private async readAccount(account: string): Promise<string | null> {
    const fromMemory = await this.memory.get(account);
    if (fromMemory) return fromMemory;
    if (!this.keychain || !this.keychainWorks) return null;
    try {
      return await this.keychain.get(account);
    } catch {
      this.keychainWorks = false;
      return null;
    }
  }

  async status(): Promise<TokenStatus> {
    const token = await this.read();
    const storage = !token
      ? 'none'
      : this.environmentToken
        ? 'environment'
        : this.keychainWorks && !(await this.memory.get(API_TOKEN_ACCOUNT))
          ? 'keychain'
          : 'memory';
    const platform = await this.readPlatform();
    return {
      hasToken: token !== null,
      last4: token ? token.slice(-4) : null,
      storage,
      warning:
        storage === 'memory' || (!this.keychainWorks && !token) ? t('errors:memoryKeychain') : null,
      platform: { hasToken: platform !== null, last4: platform ? platform.slice(-4) : null },
    };
  }

  async save(token: string): Promise<TokenStatus> {
    const clean = cleanToken(token);
    if (clean.startsWith('platform-')) {
      throw new AppError('platform_token', t('errors:platform_token'));
    }
    await this.store(API_TOKEN_ACCOUNT, clean);
    return this.changed();
  }

  async clear(): Promise<TokenStatus> {
    await this.forget(API_TOKEN_ACCOUNT);
    return this.changed();
  }

  async savePlatform(token: string): Promise<TokenStatus> {
    await this.store(PLATFORM_TOKEN_ACCOUNT, cleanToken(token));
    return this.changed();
  }

  async clearPlatform(): Promise<TokenStatus> {
    await this.forget(PLATFORM_TOKEN_ACCOUNT);
    return this.changed();
  }

  private async store(account: string, secret: string): Promise<void> {
    if (await this.tryKeychain((k) => k.set(account, secret))) await this.memory.delete(account);
    else await this.memory.set(account, secret);
  }

  private async forget(account: string): Promise<void> {
    await this.memory.delete(account);
    await this.tryKeychain((k) => k.delete(account));
  }

  private async tryKeychain(action: (keychain: SecretBackend) => Promise<void>): Promise<boolean> {
    if (!this.keychain) return false;
    try {
      await action(this.keychain);
      this.keychainWorks = true;
      return true;
    } catch {
      // A locked or absent Secret Service: fall back to memory, never to a file.
      this.keychainWorks = false;
      return false;
    }
  }

  private async changed(): Promise<TokenStatus> {
    const status = await this.status();
    this.onChange?.(status);
    return status;
  }
}

function cleanToken(token: string): string {
  const clean = token.trim();
  if (/\s/.test(clean)) {
    throw new AppError('invalid_token_format', t('errors:invalid_token_format'));
  }
  return clean;
}
