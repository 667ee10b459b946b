import { app, session } from 'electron';
import { permissionPolicy } from '../desktop/permissions';

/**
 * Applies the parts of Electron's security checklist that are not window options: no
 * navigation, no new windows, no webviews, for every web contents created; only the
 * permissions `permissionPolicy` names, and only for the app's own page; in a packaged build,
 * DevTools closed if anything opens them.
 */
export function hardenWebContents(options: { packaged: boolean; appOrigins: string[] }): void {
  const allowed = permissionPolicy(options.appOrigins);
  app.on('web-contents-created', (_event, contents) => {
    // A file dropped outside a drop zone, or a link, must never replace the app's page.
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
    if (options.packaged) contents.on('devtools-opened', () => contents.closeDevTools());
  });
  app.whenReady().then(
    () => {
      session.defaultSession.setPermissionRequestHandler(
        (contents, permission, callback, details) =>
          callback(allowed(permission, details.requestingUrl ?? contents?.getURL() ?? '')),
      );
      session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
        allowed(permission, requestingOrigin),
      );
    },
    () => undefined,
  );
}
