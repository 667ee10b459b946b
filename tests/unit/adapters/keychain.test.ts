import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openKeychain } from '../../../electron/main/adapters/keychain';
import { TokenService } from '../../../electron/main/services/secrets/token-service';

// A real Secret Service is there only inside a D-Bus session with an unlocked keyring
// (CI provides one). KLING_REQUIRE_KEYRING=1 turns a missing keyring into a failure.
const hasSession = Boolean(process.env.DBUS_SESSION_BUS_ADDRESS);
const required = process.env.KLING_REQUIRE_KEYRING === '1';
const reason =
  'no D-Bus session with a Secret Service (run inside dbus-run-session with gnome-keyring)';

describe('keytar adapter against the real Secret Service', () => {
  it('stores, reads, replaces and deletes the token', async (context) => {
    // The test itself reports the skip, with its reason, where no keyring can answer.
    if (!hasSession && !required) context.skip(reason);
    const service = `Kling Studio test ${randomBytes(4).toString('hex')}`;
    const keychain = await openKeychain(service);
    expect(keychain, 'keytar failed to load').not.toBeNull();
    const tokens = new TokenService({ keychain });
    const token = `sk-${randomBytes(12).toString('hex')}`;
    const status = await tokens.save(token);
    expect(status).toMatchObject({ storage: 'keychain', last4: token.slice(-4), warning: null });
    // A second service instance reads it back from the keyring, not from memory.
    const again = new TokenService({ keychain: await openKeychain(service) });
    expect(await again.read()).toBe(token);
    await again.clear();
    expect(await new TokenService({ keychain: await openKeychain(service) }).read()).toBeNull();
  });
});
