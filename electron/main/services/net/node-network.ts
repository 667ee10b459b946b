import { Agent, EnvHttpProxyAgent, ProxyAgent, type Dispatcher } from 'undici';
import type { ProxyChoice } from '../../../../shared/proxy-choice';
import type { NetworkStack } from './network-stack';

export interface NodeNetworkOptions {
  /**
   * Certificates trusted beside the system's, PEM text; for tests whose servers carry their
   * own certificate. Applies to origins reached directly and through a proxy alike.
   */
  extraCa?: string;
}

/**
 * The network under Node (tests, scripts, the bench): Node's own `fetch` with an undici
 * dispatcher chosen by the proxy choice. `system` reads `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY`
 * (either case) when the choice is applied; `manual` tunnels every request through the one
 * proxy with `CONNECT`. Starts as `system`.
 */
export function createNodeNetwork(options: NodeNetworkOptions = {}): NetworkStack {
  const tls = options.extraCa ? { ca: options.extraCa } : undefined;
  let dispatcher = dispatcherFor({ mode: 'system' }, tls);
  return {
    fetch: (input, init) =>
      // Node's fetch is undici: it takes an undici dispatcher (same major version) per request.
      fetch(input, { ...init, dispatcher } as RequestInit),
    useProxy: async (choice) => {
      const next = dispatcherFor(choice, tls);
      const previous = dispatcher;
      dispatcher = next;
      // close() lets requests already on the old route finish before its sockets go.
      void previous.close().catch(() => undefined);
    },
  };
}

function dispatcherFor(choice: ProxyChoice, tls: { ca: string } | undefined): Dispatcher {
  const tlsOptions = tls ? { connect: tls, requestTls: tls } : {};
  switch (choice.mode) {
    case 'none':
      return new Agent(tls ? { connect: tls } : {});
    case 'manual':
      return new ProxyAgent({ uri: choice.url, ...tlsOptions });
    case 'system':
      return new EnvHttpProxyAgent(tlsOptions);
  }
}
