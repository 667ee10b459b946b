import type { StateCreator } from 'zustand';
import type { AppError } from '../../../shared/app-error';
import type { RequestOf } from '../../../shared/contract';
import type { Clip, Project } from '../../../shared/domain';
import { bridge, toAppError } from '../ipc/kling';
import { libraryKeys } from '../query/library-keys';
import { cachedClip, invalidateLibrary, patchCachedClip } from '../query/library-queries';
import { queryClient } from '../query/query-client';
import type { LibraryState } from './library-store';

export type ClipChange = RequestOf<'library:update'>;

/**
 * What the last clip action did, kept as facts so the detail words it in the language it is
 * drawn in: a copy saved (with its settings inside or not), or the clip copied or moved to a
 * project (null when the project list does not know it).
 */
export type ClipNotice =
  | { kind: 'savedCopy'; path: string; settingsInside: boolean }
  | { kind: 'copiedTo' | 'movedTo'; project: string | null };

export interface ClipSlice {
  selectedClipId: string | null;
  /** The clip as the gallery knew it when opened, shown until its record arrives. */
  preview: Clip | null;
  /** The last clip action that failed, shown in the detail view until the next one. */
  clipError: AppError | null;
  /** What the last action did ("Saved a copy to …"), worded when drawn. */
  clipNotice: ClipNotice | null;
  /** Opens a clip in the detail view, switching to its project when it lives in another. */
  openClip: (clip: Clip) => void;
  /**
   * Opens a clip known only by its id (a clicked notification): its record is read from main
   * first. One that cannot be read (deleted since) is reported in the sidebar, as no clip
   * view is open to say it.
   */
  openClipById: (clipId: string) => Promise<void>;
  closeClip: () => void;
  updateClip: (change: ClipChange) => Promise<boolean>;
  setPoster: (clipId: string, dataUrl: string) => Promise<void>;
  saveCopy: (clipId: string) => Promise<void>;
  revealClip: (clipId: string) => Promise<void>;
  transferClip: (clipId: string, projectId: string, how: 'move' | 'copy') => Promise<void>;
  deleteClip: (clipId: string) => Promise<void>;
}

export const createClipSlice: StateCreator<LibraryState, [], [], ClipSlice> = (set, get) => {
  const act = async (work: () => Promise<ClipNotice | null>): Promise<boolean> => {
    set({ clipError: null, clipNotice: null });
    try {
      set({ clipNotice: await work() });
      return true;
    } catch (error) {
      set({ clipError: toAppError(error) });
      return false;
    }
  };

  /** One clip changed: the cache and the opened clip's preview show the new copy. */
  const patch = (clip: Clip) => {
    patchCachedClip(clip);
    if (get().preview?.id === clip.id) set({ preview: clip });
  };

  const projectName = (projectId: string) =>
    queryClient.getQueryData<Project[]>(libraryKeys.projects)?.find((p) => p.id === projectId)
      ?.name ?? null;

  return {
    selectedClipId: null,
    preview: null,
    clipError: null,
    clipNotice: null,
    openClip: (clip) => {
      if (clip.projectId !== get().selectedProjectId) get().selectProject(clip.projectId);
      set({ selectedClipId: clip.id, preview: clip, clipError: null, clipNotice: null });
    },
    openClipById: async (clipId) => {
      try {
        get().openClip(
          await queryClient.fetchQuery({
            queryKey: libraryKeys.clip(clipId),
            queryFn: () => bridge.library.get({ clipId }),
          }),
        );
      } catch (error) {
        set({ projectError: toAppError(error) });
      }
    },
    closeClip: () => {
      set({ selectedClipId: null, preview: null, clipError: null, clipNotice: null });
    },
    updateClip: (change) =>
      act(async () => {
        patch(await bridge.library.update(change));
        return null;
      }),
    setPoster: async (clipId, dataUrl) => {
      const { posterUrl } = await bridge.library.setPoster({ clipId, dataUrl });
      const clip = cachedClip(clipId);
      if (clip) patch({ ...clip, posterUrl });
    },
    saveCopy: async (clipId) => {
      await act(async () => {
        const { path, settingsInside } = await bridge.library.saveCopy({ clipId });
        return path ? { kind: 'savedCopy', path, settingsInside: settingsInside === true } : null;
      });
    },
    revealClip: async (clipId) => {
      await act(async () => {
        await bridge.library.reveal({ clipId });
        return null;
      });
    },
    transferClip: async (clipId, projectId, how) => {
      await act(async () => {
        const request = { clipId, projectId };
        const clip = await (how === 'move'
          ? bridge.library.move(request)
          : bridge.library.copy(request));
        const project = projectName(clip.projectId);
        if (how === 'copy') return { kind: 'copiedTo', project };
        // The moved clip keeps its id: keep showing it, now from its new project.
        patch(clip);
        return { kind: 'movedTo', project };
      });
    },
    deleteClip: async (clipId) => {
      const projectId = get().selectedProjectId;
      const done = await act(async () => {
        await bridge.library.delete({ clipId });
        return null;
      });
      if (!done) return;
      if (get().selectedClipId === clipId) get().closeClip();
      if (projectId) await invalidateLibrary(projectId);
    },
  };
};
