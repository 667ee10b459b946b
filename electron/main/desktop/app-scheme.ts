import { realpath, readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { contentType } from 'mime-types';

/** The page is served from its own scheme, so its origin is fixed and never `file://`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kling';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The page's Content-Security-Policy, sent as a header with every response of the scheme: its
 * own bundle only, media through `kling-media:`, no plugins, no frames, no form posts.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: kling-media:",
  "media-src 'self' kling-media:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** What `protocol.registerSchemesAsPrivileged` is given for the app scheme (Electron docs: "protocol"). */
export const APP_SCHEME_PRIVILEGES = {
  // standard: a real origin, so 'self' in the CSP and relative URLs work;
  // secure: treated like https, so the page is a secure context.
  standard: true,
  secure: true,
  supportFetchAPI: true,
  // The built page loads its bundle as `<script type="module" crossorigin>`, a CORS-mode request.
  corsEnabled: true,
  stream: false,
  bypassCSP: false,
  allowServiceWorkers: false,
  codeCache: true,
} as const;

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': APP_CSP },
  });
}

/** True when `path` is `root` itself or inside it. */
function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Serves the built renderer folder on `app://kling/…` (for `protocol.handle`). Answers GET and
 * HEAD with the file, its MIME type and the CSP header; 404 for another host or a missing
 * file; 403 for any path that resolves (through `..`, escapes or links) outside `rendererDir`.
 * Never throws.
 */
export function createAppSchemeHandler(
  rendererDir: string,
): (request: Request) => Promise<Response> {
  const root = resolve(rendererDir);
  const realRoot = realpath(root).catch(() => root);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return plain(405, 'Method not allowed');
    let url: URL;
    let pathname: string;
    try {
      url = new URL(request.url);
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return plain(400, 'Bad address');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found');
    if (pathname.includes('\0') || pathname.includes('\\')) return plain(403, 'Forbidden');
    const file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
    if (!isInside(root, file)) return plain(403, 'Forbidden');
    let real: string;
    try {
      real = await realpath(file);
      if (!(await stat(real)).isFile()) return plain(404, 'Not found');
    } catch {
      return plain(404, 'Not found');
    }
    // A link inside the folder must not lead out of it.
    if (!isInside(await realRoot, real)) return plain(403, 'Forbidden');
    const body = request.method === 'HEAD' ? null : await readFile(real);
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': contentType(real.split(sep).pop() ?? '') || 'application/octet-stream',
        'Content-Security-Policy': APP_CSP,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  };
}
