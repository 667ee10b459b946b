/**
 * True when `raw` is a URL on one of `allowed` (compared by scheme, host and port). Origins
 * of custom schemes such as `app://` are opaque ("null") to the URL parser, so comparing
 * `URL.origin` would let any other custom scheme through; the parts are compared instead.
 */
export function isOnOrigin(raw: string, allowed: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (!url.host) return false;
  return allowed.some((entry) => {
    const base = new URL(entry);
    return url.protocol === base.protocol && url.host === base.host;
  });
}
