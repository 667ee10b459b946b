import { session, type ProxyConfig } from 'electron';
import type { ProxyChoice } from '../../../shared/proxy-choice';
import type { NetworkStack } from '../services/net/network-stack';

/** The in-memory session main's own requests go through; the window never uses it. */
const PARTITION = 'kling-network';

/**
 * Main's network through Chromium (`Session.fetch`, the stack behind `net.fetch`): the
 * system's proxy settings and PAC file, and the operating system's certificate store, as a
 * browser on this computer would use them. A session of its own, so a proxy chosen for API
 * calls and downloads leaves the window's session alone. Call after the app is ready.
 */
export function openElectronNetwork(): NetworkStack {
  const ses = session.fromPartition(PARTITION, { cache: false });
  return {
    fetch: ((input: string | URL | Request, init?: RequestInit) =>
      ses.fetch(input instanceof URL ? input.href : input, init)) as typeof fetch,
    // Sockets already open are left to finish: closing them could cut a submission after it
    // was sent. Chromium routes every new connection by the new rules.
    useProxy: (choice) => ses.setProxy(proxyConfigFor(choice)),
  };
}

function proxyConfigFor(choice: ProxyChoice): ProxyConfig {
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
