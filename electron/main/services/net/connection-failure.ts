/**
 * Reading why a request failed before any answer came back. Node's fetch (undici) wraps the
 * socket's error as the `cause` of a `TypeError('fetch failed')`; Electron's `net.fetch`
 * rejects with Chromium's `net::ERR_*` name in the message. Both are read here.
 */

/** Failures that happen before a byte of the request is written: retrying cannot charge. */
const BEFORE_SENDING = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ERR_NAME_NOT_RESOLVED',
  'ERR_INTERNET_DISCONNECTED',
  'ERR_CONNECTION_REFUSED',
  'ERR_ADDRESS_UNREACHABLE',
  'ERR_PROXY_CONNECTION_FAILED',
]);

/**
 * OpenSSL's verification results (as Node names them) and Chromium's `ERR_CERT_*` / `ERR_SSL_*`:
 * the handshake failed, so no HTTP request was ever sent on that connection.
 */
const TLS_CODE =
  /^(?:ERR_TLS_|ERR_SSL_|ERR_CERT_|ERR_BAD_SSL_|CERT_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|UNABLE_TO_(?:GET_ISSUER_CERT|GET_ISSUER_CERT_LOCALLY|VERIFY_LEAF_SIGNATURE|DECRYPT_CERT_SIGNATURE|GET_CRL)|INVALID_CA$|HOSTNAME_MISMATCH$)/;

/** The most specific error code in an error's cause chain, or null. */
export function failureCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    if ((current as { name?: unknown }).name === 'TimeoutError') return 'timeout';
    const message = (current as { message?: unknown }).message;
    const chromium = typeof message === 'string' ? /\bnet::(ERR_[A-Z_]+)/.exec(message) : null;
    if (chromium?.[1]) return chromium[1];
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** True when the TLS handshake or the certificate check failed. */
export function isTlsFailure(code: string | null): boolean {
  return code !== null && TLS_CODE.test(code);
}

/** True when the request certainly never left the machine (no connection, or no handshake). */
export function failedBeforeSending(code: string | null): boolean {
  return code !== null && (BEFORE_SENDING.has(code) || isTlsFailure(code));
}
