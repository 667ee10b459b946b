import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../electron/main/desktop/app-scheme';
import { pageSource, webPreferencesFor } from '../../../electron/main/desktop/page-source';
import { permissionPolicy } from '../../../electron/main/desktop/permissions';
import { appOriginPolicy } from '../../../electron/main/ipc/sender-policy';

describe('packaged window', () => {
  it('has DevTools off when packaged and on in development, and keeps isolation and the sandbox either way', () => {
    const packaged = webPreferencesFor({ packaged: true, preloadPath: '/p.cjs' });
    expect(packaged.devTools).toBe(false);
    expect(webPreferencesFor({ packaged: false, preloadPath: '/p.cjs' }).devTools).toBe(true);
    expect(packaged).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
  });

  it('loads the page from app:// when packaged, even when a dev server URL is set', () => {
    expect(pageSource({ packaged: true, devServerUrl: 'http://localhost:5173' })).toEqual({
      url: APP_ENTRY_URL,
      origins: [APP_ORIGIN],
    });
    expect(pageSource({ packaged: false, devServerUrl: null }).url).toBe(APP_ENTRY_URL);
    expect(pageSource({ packaged: false, devServerUrl: 'http://localhost:5173/' })).toEqual({
      url: 'http://localhost:5173/',
      origins: ['http://localhost:5173'],
    });
  });
});

describe('permission handler', () => {
  const allow = permissionPolicy([APP_ORIGIN]);

  it('grants clipboard writing and fullscreen to the app page', () => {
    expect(allow('clipboard-sanitized-write', APP_ENTRY_URL)).toBe(true);
    expect(allow('fullscreen', 'app://kling/index.html#library')).toBe(true);
  });

  it('refuses every other permission, even to the app page', () => {
    for (const permission of [
      'clipboard-read',
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'pointerLock',
      'display-capture',
      'hid',
      'serial',
      'usb',
    ])
      expect(allow(permission, APP_ENTRY_URL), permission).toBe(false);
  });

  it('refuses the two granted permissions to any other origin, custom schemes included', () => {
    for (const url of [
      'https://example.com/',
      'app://other/index.html',
      'evil://kling/index.html',
      'file:///tmp/index.html',
      'kling-media://clip/abc',
      'not a url',
      '',
    ])
      expect(allow('clipboard-sanitized-write', url), url).toBe(false);
  });
});

describe('IPC sender policy on the app scheme', () => {
  const trusted = appOriginPolicy([APP_ORIGIN]);

  it('trusts the main frame of app://kling and nothing else', () => {
    expect(trusted({ frameUrl: APP_ENTRY_URL, isMainFrame: true })).toBe(true);
    expect(trusted({ frameUrl: APP_ENTRY_URL, isMainFrame: false })).toBe(false);
    for (const frameUrl of ['app://other/index.html', 'evil://kling/index.html', 'custom://x/'])
      expect(trusted({ frameUrl, isMainFrame: true }), frameUrl).toBe(false);
  });
});
