import {
  app,
  BrowserWindow,
  dialog,
  shell,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { join } from 'node:path';
import type { FileActions } from '../services/library/file-actions';

/** The desktop's dialogs, trash and file manager, for the library and its handlers. */
export function createFileActions(): FileActions {
  return {
    async chooseFolder(title) {
      const options: OpenDialogOptions = {
        title,
        properties: ['openDirectory', 'createDirectory'],
      };
      // Attached to the app's window when there is one, so it opens as a sheet on macOS.
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath({ title, defaultName, extensions }) {
      const options: SaveDialogOptions = {
        title,
        defaultPath: join(app.getPath('documents'), defaultName),
        filters: [{ name: extensions.join(', ').toUpperCase(), extensions: [...extensions] }],
      };
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath({ title, extensions }) {
      const options: OpenDialogOptions = {
        title,
        properties: ['openFile'],
        filters: [{ name: extensions.join(', ').toUpperCase(), extensions: [...extensions] }],
      };
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    trash: (path) => shell.trashItem(path),
    reveal: (path) => shell.showItemInFolder(path),
  };
}
