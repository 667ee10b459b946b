import { BrowserWindow, dialog, type OpenDialogOptions } from 'electron';

const IMAGE_DIALOG: OpenDialogOptions = {
  title: 'Choose an image',
  buttonLabel: 'Use image',
  // Filters are a convenience only: main checks the real file's bytes whatever its extension.
  filters: [{ name: 'PNG or JPEG images', extensions: ['png', 'jpg', 'jpeg'] }],
  properties: ['openFile'],
};

/** The system file dialog for one image; resolves to its path, or null when cancelled. */
export async function pickImageFile(): Promise<string | null> {
  // Attached to the app's window when there is one, so it opens as a sheet on macOS.
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent
    ? await dialog.showOpenDialog(parent, IMAGE_DIALOG)
    : await dialog.showOpenDialog(IMAGE_DIALOG);
  if (result.canceled) return null;
  return result.filePaths[0] ?? null;
}
