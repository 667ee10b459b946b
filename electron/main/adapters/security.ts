import { app, session } from 'electron';

/**
 * Applies the parts of Electron's security checklist that are not window options: no
 * navigation, no new windows, no permissions, no webviews, for every web contents created.
 */
export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    // A file dropped outside a drop zone, or a link, must never replace the app's page.
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  app.whenReady().then(
    () => {
      session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
        callback(false),
      );
      session.defaultSession.setPermissionCheckHandler(() => false);
    },
    () => undefined,
  );
}
