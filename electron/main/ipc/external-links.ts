/** Sites the app may open in the user's browser: AceData's own pages and Kling's. */
export const EXTERNAL_HOSTS = [
  'acedata.cloud',
  'platform.acedata.cloud',
  'docs.acedata.cloud',
  'klingai.com',
  'app.klingai.com',
];

/** Only https links to the listed hosts leave the app; `file:`, `smb:` and the rest never do. */
export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    !url.username &&
    !url.password &&
    EXTERNAL_HOSTS.includes(url.hostname)
  );
}
