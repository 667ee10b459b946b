import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import type { EndpointStatus } from '../../../../shared/contract';
import { DEFAULT_API_BASE_URL, DEFAULT_UPLOAD_URL, isLoopbackHost } from '../config';

export interface EndpointTrustOptions {
  packaged: boolean;
  developerMode: boolean;
  ignoredOverrides: readonly string[];
  apiBaseUrl: string;
  uploadUrl: string;
}

/** The hosts the app's own defaults send the tokens to (AceData Kling API docs). */
const DEFAULT_HOSTS = new Set([
  new URL(DEFAULT_API_BASE_URL).host,
  new URL(DEFAULT_UPLOAD_URL).host,
]);

/**
 * Decides whether the stored tokens may be sent to the configured endpoints. A host other
 * than AceData's own must be confirmed by the person in the window first — in a packaged
 * build always, from source unless it is this computer (the local fake server). Confirmation
 * lasts for this run only.
 */
export class EndpointTrust {
  private readonly pending: Set<string>;

  constructor(private readonly options: EndpointTrustOptions) {
    this.pending = new Set(
      [options.apiBaseUrl, options.uploadUrl]
        .map((raw) => new URL(raw))
        .filter((url) => !DEFAULT_HOSTS.has(url.host))
        .filter((url) => options.packaged || !isLoopbackHost(url.hostname))
        .map((url) => url.host),
    );
  }

  /** True once no endpoint host is waiting for the person's confirmation. */
  allowsTokens(): boolean {
    return this.pending.size === 0;
  }

  status(): EndpointStatus {
    return {
      packaged: this.options.packaged,
      developerMode: this.options.developerMode,
      apiBaseUrl: this.options.apiBaseUrl,
      unconfirmedHosts: [...this.pending].sort(),
      ignoredOverrides: [...this.options.ignoredOverrides],
    };
  }

  /**
   * Confirms the hosts the window showed. They must be exactly the waiting ones, so a
   * confirmation given for one address never covers another. Throws AppError
   * `endpoint_mismatch` otherwise.
   */
  confirm(hosts: readonly string[]): EndpointStatus {
    const shown = [...new Set(hosts)].sort();
    const waiting = [...this.pending].sort();
    if (shown.length !== waiting.length || shown.some((host, i) => host !== waiting[i]))
      throw new AppError('endpoint_mismatch', t('errors:endpoint_mismatch'));
    this.pending.clear();
    return this.status();
  }
}
