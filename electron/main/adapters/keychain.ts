import type * as KeytarModule from 'keytar';
import type { SecretBackend } from '../services/secrets/secret-backend';

/** The keychain entry is named after the app, so users can find it in their OS keychain tool. */
export const KEYCHAIN_SERVICE = 'Kling Studio';

type Keytar = typeof KeytarModule;

/**
 * The OS keychain through keytar (macOS Keychain, Windows Credential Vault, Secret Service on
 * Linux). Returns null when the native module cannot load, so the app falls back to memory.
 */
export async function openKeychain(service = KEYCHAIN_SERVICE): Promise<SecretBackend | null> {
  let keytar: Keytar;
  try {
    const loaded = (await import('keytar')) as Keytar & { default?: Keytar };
    keytar = loaded.default ?? loaded;
  } catch {
    return null;
  }
  return {
    get: (account) => keytar.getPassword(service, account),
    set: (account, secret) => keytar.setPassword(service, account, secret),
    delete: async (account) => {
      await keytar.deletePassword(service, account);
    },
  };
}
