import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';

/**
 * What the library and its handlers need from the desktop: system dialogs, the trash and the
 * file manager. The Electron adapter (`adapters/files.ts`) provides them; tests pass fakes.
 */
export interface FileActions {
  /** A folder picked in the system dialog, or null when the person cancels. */
  chooseFolder(title: string): Promise<string | null>;
  /** Where to save a file, picked in the system dialog, or null when cancelled. */
  chooseSavePath(options: {
    title: string;
    defaultName: string;
    extensions: readonly string[];
  }): Promise<string | null>;
  /** A file to open, picked in the system dialog, or null when the person cancels. */
  chooseOpenPath(options: { title: string; extensions: readonly string[] }): Promise<string | null>;
  /** Moves a file or folder to the system trash, so a deletion can be undone there. */
  trash(path: string): Promise<void>;
  /** Shows the item selected in the system file manager. */
  reveal(path: string): void;
}

/** For runs without a desktop (scripts, tests that do not care): dialogs cancel, deleting is refused. */
export const NO_FILE_ACTIONS: FileActions = {
  chooseFolder: async () => null,
  chooseSavePath: async () => null,
  chooseOpenPath: async () => null,
  trash: async () => {
    throw new AppError('no_trash', t('errors:no_trash.noSystemTrash'));
  },
  reveal: () => undefined,
};
