import { protocol } from 'electron';
import { MEDIA_SCHEME } from '../services/media/media-url';

/** Must run before the app is ready: makes the scheme streamable so `<video>` can seek. */
export function registerMediaSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: MEDIA_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        stream: true,
        corsEnabled: true,
        supportFetchAPI: false,
        bypassCSP: false,
      },
    },
  ]);
}

export function serveMedia(handler: (request: Request) => Promise<Response>): void {
  protocol.handle(MEDIA_SCHEME, (request) => handler(request));
}
