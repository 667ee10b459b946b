/** A place that keeps one secret per account. The keychain adapter implements it with keytar. */
export interface SecretBackend {
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  delete(account: string): Promise<void>;
}

/** Keeps secrets for this run only; used when no keychain answers, and in tests. */
export class MemorySecretBackend implements SecretBackend {
  private readonly secrets = new Map<string, string>();

  async get(account: string): Promise<string | null> {
    return this.secrets.get(account) ?? null;
  }

  async set(account: string, secret: string): Promise<void> {
    this.secrets.set(account, secret);
  }

  async delete(account: string): Promise<void> {
    this.secrets.delete(account);
  }
}
