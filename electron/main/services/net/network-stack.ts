import type { ProxyChoice } from '../../../../shared/proxy-choice';

/**
 * The one way main reaches the network: API calls, uploads and downloads all use `fetch`.
 * In the app it is Chromium's stack (an Electron adapter); under Node, undici's.
 */
export interface NetworkStack {
  fetch: typeof fetch;
  /**
   * Switches how the following requests connect. Requests already under way finish on the
   * old route. Rejects when the choice cannot be applied; the previous one then stays.
   */
  useProxy(choice: ProxyChoice): Promise<void>;
}
