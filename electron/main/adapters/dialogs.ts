import { BrowserWindow, dialog, type OpenDialogOptions } from 'electron';
import { t } from '../../../shared/i18n';

/** Built when opened, so it speaks the language chosen at that moment. */
function imageDialog(): OpenDialogOptions {
  return {
    title: t('desktop:dialog.chooseImage'),
    buttonLabel: t('desktop:dialog.useImage'),
    // Filters are a convenience only: main checks the real file's bytes whatever its extension.
    filters: [{ name: t('desktop:dialog.imageFilter'), extensions: ['png', 'jpg', 'jpeg'] }],
    properties: ['openFile'],
  };
}

/** The system file dialog for one image; resolves to its path, or null when cancelled. */
export async function pickImageFile(): Promise<string | null> {
  // Attached to the app's window when there is one, so it opens as a sheet on macOS.
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent
    ? await dialog.showOpenDialog(parent, imageDialog())
    : await dialog.showOpenDialog(imageDialog());
  if (result.canceled) return null;
  return result.filePaths[0] ?? null;
}
