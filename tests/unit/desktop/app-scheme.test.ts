import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_CSP,
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  createAppSchemeHandler,
} from '../../../electron/main/desktop/app-scheme';

let dir: string;
let serve: (request: Request) => Promise<Response>;
const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kling-app-scheme-'));
  const renderer = join(dir, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Kling Studio</title>');
  await writeFile(join(renderer, 'assets/index-abc.js'), 'console.log(1)');
  await writeFile(join(renderer, 'assets/index-abc.css'), 'body{}');
  await writeFile(join(dir, 'secret.txt'), 'outside the renderer');
  await symlink(join(dir, 'secret.txt'), join(renderer, 'assets/link.txt'));
  serve = createAppSchemeHandler(renderer);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('app:// scheme', () => {
  it('serves the renderer page with the CSP header and its MIME type', async () => {
    const response = await get(APP_ENTRY_URL);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Kling Studio</title>');
  });

  it('serves scripts and styles with their types and the same header, and / as the page', async () => {
    const script = await get('app://kling/assets/index-abc.js');
    expect(script.headers.get('content-type')).toMatch(/^(text|application)\/javascript/);
    expect(script.headers.get('content-security-policy')).toBe(APP_CSP);
    expect((await get('app://kling/assets/index-abc.css')).headers.get('content-type')).toMatch(
      /^text\/css/,
    );
    expect(await (await get('app://kling/')).text()).toContain('Kling Studio');
  });

  it('refuses paths that lead outside the renderer folder, however they are spelled', async () => {
    for (const url of [
      'app://kling/%2e%2e/secret.txt',
      'app://kling/assets/%2E%2E%2F%2E%2E%2Fsecret.txt',
      'app://kling/..%5csecret.txt',
      'app://kling/assets/link.txt',
      'app://kling/index.html%00.js',
    ]) {
      const response = await get(url);
      // The URL parser folds some spellings back inside the folder (then: not found).
      expect([403, 404], url).toContain(response.status);
      expect(await response.text(), url).not.toContain('outside the renderer');
    }
  });

  it('answers 403 for an escape the URL parser leaves in place, before touching the disk', async () => {
    expect((await get('app://kling/assets/%2E%2E%2F%2E%2E%2Fsecret.txt')).status).toBe(403);
    expect((await get('app://kling/assets/link.txt')).status).toBe(403);
  });

  it('answers 404 for a missing file, a folder or another host, and 405 for writes', async () => {
    expect((await get('app://kling/nothing.js')).status).toBe(404);
    expect((await get('app://kling/assets')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get(APP_ENTRY_URL, 'POST')).status).toBe(405);
    expect((await get(APP_ENTRY_URL, 'HEAD')).status).toBe(200);
  });

  it('the CSP allows only the page itself and the media scheme, and no plugins, frames or inline code', () => {
    const policy = Object.fromEntries(
      APP_CSP.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1)]),
    );
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['media-src']).toEqual(["'self'", 'kling-media:']);
    expect(APP_CSP).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('is registered as a standard, secure scheme that cannot bypass the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, bypassCSP: false });
  });
});
