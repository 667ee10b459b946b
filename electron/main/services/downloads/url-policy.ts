import { worded, wordedError, wordingText, type Wording } from '../../../../shared/wording';
import { AppError } from '../../../../shared/app-error';

// Plain http exists only so tests and the local fake server can hand out result files; anything
// that leaves the machine must be https.
const LOOPBACK_HOSTNAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Vets a result-file address that came from the server (and so cannot be trusted) before any
 * request is made to it. Returns the parsed URL so callers fetch exactly what was checked.
 *
 * IP literals get no special treatment: they pass only when written on the allow-list, which
 * the exact host comparison already guarantees.
 */
export function checkDownloadUrl(raw: string, allowedHosts: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse(worded('errors:unsafe_url.notAnAddress'));
  }
  if (url.username !== '' || url.password !== '') {
    throw refuse(worded('errors:unsafe_url.hasCredentials'));
  }

  const isHttps = url.protocol === 'https:';
  const isLoopbackHttp = url.protocol === 'http:' && LOOPBACK_HOSTNAMES.has(url.hostname);
  if (!isHttps && !isLoopbackHttp) {
    throw refuse(
      url.protocol === 'http:'
        ? worded('errors:unsafe_url.notEncrypted')
        : worded('errors:unsafe_url.scheme', { scheme: clip(url.protocol) }),
    );
  }
  if (!isOnAllowList(url, allowedHosts)) throw new HostBlockedError(url);
  return url;
}

/**
 * A well-formed https address whose host is not on the allow-list. Unlike the other refusals
 * it may be fine (a CDN host nobody listed yet), so the person can look at it and allow it.
 */
export class HostBlockedError extends AppError {
  constructor(readonly url: URL) {
    const text = worded('errors:download_host_blocked', { host: clip(url.host) });
    super('download_host_blocked', wordingText(text) ?? url.host, null, text);
  }
}

/**
 * An entry names a host, which then matches on the scheme's default port only, or host:port
 * for that port. A `*` in an entry stands for a run of digits, for a CDN's numbered
 * sub-domains (`v*-kling.klingai.com` admits `v21-kling.klingai.com`, not `evil-kling…`).
 */
function isOnAllowList(url: URL, allowedHosts: readonly string[]): boolean {
  // The URL parser already lower-cases http(s) host names and drops a default port, so
  // `url.host` carries a port exactly when it is not the default one.
  const host = url.host;
  return allowedHosts.some((entry) => {
    const wanted = entry.trim().toLowerCase();
    if (wanted === '') return false;
    if (!wanted.includes('*')) return wanted === host;
    const pattern = wanted.split('*').map(escapeRegExp).join('[0-9]+');
    return new RegExp(`^${pattern}$`).test(host);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function refuse(reason: Wording): AppError {
  return wordedError('unsafe_url', 'errors:unsafe_url.refused', { reason });
}

// The address is attacker-controlled; keep what ends up in messages and logs short.
function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
