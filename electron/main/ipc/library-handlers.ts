import type { FileActions } from '../services/library/file-actions';
import { t } from '../../../shared/i18n';
import type { Library } from '../services/library/library';
import { withInputImages } from '../services/library/input-images';
import type { Handlers } from './router';

export type LibraryChannel = Extract<
  keyof Handlers,
  `projects:${string}` | `library:${string}` | 'settings:chooseWorkspace'
>;

export interface LibraryHandlerDeps {
  library: Library;
  files: FileActions;
  /** Keeps the chosen workspace for the next start (preferences). */
  rememberWorkspace: (dir: string) => Promise<void>;
  /**
   * Writes the copy "Save a copy" asked for; by default the library's byte-for-byte copy.
   * The app passes one that puts the clip's settings inside the MP4.
   */
  saveCopy?: (clipId: string, path: string) => Promise<{ settingsInside: boolean }>;
  /** What else forgets a project once it is deleted (its remembered settings). */
  projectDeleted?: (projectId: string) => Promise<void>;
  /** The thumbnail address of the local copy an uploaded image came from, or null. */
  inputPreview?: (url: string) => Promise<string | null>;
}

/** The library's IPC handlers; dialogs, trash and the file manager come in as collaborators. */
export function createLibraryHandlers({
  library,
  files,
  rememberWorkspace,
  saveCopy,
  projectDeleted,
  inputPreview = async () => null,
}: LibraryHandlerDeps): Pick<Handlers, LibraryChannel> {
  return {
    'projects:list': () => library.listProjects(),
    'projects:create': ({ name }) => library.createProject(name),
    'projects:rename': ({ projectId, name }) => library.renameProject(projectId, name),
    'projects:delete': async ({ projectId }) => {
      const deleted = await library.deleteProject(projectId);
      if (deleted) await projectDeleted?.(projectId);
      return { deleted };
    },
    'projects:openFolder': async () => {
      const dir = await files.chooseFolder(t('desktop:dialog.openFolderAsProject'));
      return dir ? library.openFolder(dir) : null;
    },
    'projects:reveal': ({ projectId }) => {
      files.reveal(library.projectDir(projectId));
      return { ok: true };
    },
    'projects:export': async ({ projectId, format }) => {
      const defaultName = library.suggestedExportName(projectId, format);
      const path = await files.chooseSavePath({
        title: t('desktop:dialog.exportClips'),
        defaultName,
        extensions: [format],
      });
      if (path) await library.exportProject(projectId, format, path);
      return { path };
    },
    'library:list': ({ projectId }) => library.listClips(projectId),
    'library:query': (query) => library.query(query),
    'library:get': async ({ clipId }) =>
      withInputImages(await library.getClip(clipId), inputPreview),
    'library:update': (change) => library.updateClip(change),
    'library:move': ({ clipId, projectId }) => library.moveClip(clipId, projectId),
    'library:copy': ({ clipId, projectId }) => library.copyClip(clipId, projectId),
    'library:delete': async ({ clipId }) => ({ deleted: await library.deleteClip(clipId) }),
    'library:saveCopy': async ({ clipId }) => {
      const defaultName = library.suggestedVideoName(clipId);
      const path = await files.chooseSavePath({
        title: t('desktop:dialog.saveCopy'),
        defaultName,
        extensions: ['mp4'],
      });
      if (!path) return { path };
      if (saveCopy) return { path, ...(await saveCopy(clipId, path)) };
      await library.saveCopy(clipId, path);
      return { path, settingsInside: false };
    },
    'library:reveal': ({ clipId }) => {
      files.reveal(library.clipPath(clipId));
      return { ok: true };
    },
    'library:setPoster': async ({ clipId, dataUrl }) => ({
      posterUrl: await library.setPoster(clipId, dataUrl),
    }),
    'settings:chooseWorkspace': async () => {
      const dir = await files.chooseFolder(t('desktop:dialog.chooseWorkspace'));
      if (dir) {
        await library.switchWorkspace(dir);
        await rememberWorkspace(library.workspaceDir);
      }
      return { workspaceDir: library.workspaceDir };
    },
  };
}
