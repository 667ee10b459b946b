/** Sites the app may open in the user's browser: AceData's own pages and Kling's. */
export const EXTERNAL_HOSTS = [
  'acedata.cloud',
  'platform.acedata.cloud',
  'docs.acedata.cloud',
  'klingai.com',
  'app.klingai.com',
];

/**
 * Only https links to the listed hosts leave the app; `file:`, `smb:` and the rest never do.
 * Returns the parsed URL, so the caller opens exactly what was checked, never the raw text.
 */
export function allowedExternalUrl(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const allowed =
    url.protocol === 'https:' &&
    !url.username &&
    !url.password &&
    EXTERNAL_HOSTS.includes(url.hostname);
  return allowed ? url : null;
}
