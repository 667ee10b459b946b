import { protocol } from 'electron';
import { MEDIA_SCHEME } from '../services/media/media-url';

/** Streamable so `<video>` can seek; registered with the app scheme by `registerSchemePrivileges`. */
export const MEDIA_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  stream: true,
  corsEnabled: true,
  supportFetchAPI: false,
  bypassCSP: false,
} as const;

export function serveMedia(handler: (request: Request) => Promise<Response>): void {
  protocol.handle(MEDIA_SCHEME, (request) => handler(request));
}
