import type { ProxyChoice } from '../../../../shared/proxy-choice';
import type { NetworkStack } from './network-stack';

/**
 * Chromium's proxy settings as Electron's `Session.setProxy` takes them (the fields used here):
 * `system` follows the computer's settings and PAC file, `direct` connects straight out, and
 * `fixed_servers` sends everything through `proxyRules`.
 */
export interface SessionProxyConfig {
  mode: 'system' | 'direct' | 'fixed_servers';
  proxyRules?: string;
}

/**
 * The part of an Electron `Session` main's network needs. Electron's own `Session` fits it;
 * tests pass a fake. `fetch` takes a string or a `Request`, never a `URL` object.
 */
export interface NetworkSession {
  fetch(input: string | Request, init?: RequestInit): Promise<Response>;
  setProxy(config: SessionProxyConfig): Promise<void>;
}

/**
 * Main's network over a Chromium session (`Session.fetch`, the stack behind `net.fetch`): the
 * session's proxy rules, the system's PAC file and the operating system's certificate store.
 * `useProxy` rejects with the session's own error when Chromium refuses the rules.
 */
export function createSessionNetwork(session: NetworkSession): NetworkStack {
  return {
    fetch: ((input: string | URL | Request, init?: RequestInit) =>
      // Session.fetch refuses a URL object; its text names the same resource.
      session.fetch(input instanceof URL ? input.href : input, init)) as typeof fetch,
    // Sockets already open are left to finish: closing them could cut a submission after it
    // was sent. Chromium routes every new connection by the new rules.
    useProxy: (choice) => session.setProxy(sessionProxyConfig(choice)),
  };
}

/** The Chromium proxy settings for the person's choice (Electron `ProxyConfig`). */
export function sessionProxyConfig(choice: ProxyChoice): SessionProxyConfig {
  switch (choice.mode) {
    case 'system':
      return { mode: 'system' };
    case 'none':
      return { mode: 'direct' };
    case 'manual':
      // Chromium's proxy rule takes `scheme://host:port`; the scheme is the proxy's own.
      return { mode: 'fixed_servers', proxyRules: new URL(choice.url).origin };
  }
}
