import { protocol } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppSchemeHandler } from '../desktop/app-scheme';
import { MEDIA_SCHEME_PRIVILEGES } from './media-protocol';
import { MEDIA_SCHEME } from '../services/media/media-url';

/**
 * Must run once, before the app is ready (Electron allows one call): the page's own scheme and
 * the media scheme, with their privileges.
 */
export function registerSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } },
    { scheme: MEDIA_SCHEME, privileges: { ...MEDIA_SCHEME_PRIVILEGES } },
  ]);
}

/** Serves the built renderer folder on `app://kling/`, with the CSP header. */
export function serveAppPage(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppSchemeHandler(rendererDir));
}
