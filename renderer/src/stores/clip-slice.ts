import type { StateCreator } from 'zustand';
import type { AppError } from '../../../shared/app-error';
import type { RequestOf } from '../../../shared/contract';
import type { Clip, ClipDetail } from '../../../shared/domain';
import { call, kling, toAppError } from '../ipc/kling';
import type { LibraryState } from './library-store';

export type ClipChange = RequestOf<'library:update'>;

export interface ClipSlice {
  selectedClipId: string | null;
  /** The clip as the gallery knew it when opened, shown until its details arrive. */
  preview: Clip | null;
  detail: ClipDetail | null;
  /** The last clip action that failed, shown in the detail view until the next one. */
  clipError: AppError | null;
  /** What the last action did, in words ("Saved a copy to …"). */
  clipNotice: string | null;
  /** Opens a clip in the detail view, switching to its project when it lives in another. */
  openClip: (clip: Clip) => void;
  closeClip: () => void;
  reloadDetail: () => Promise<void>;
  updateClip: (change: ClipChange) => Promise<boolean>;
  setPoster: (clipId: string, dataUrl: string) => Promise<void>;
  saveCopy: (clipId: string) => Promise<void>;
  revealClip: (clipId: string) => Promise<void>;
  transferClip: (clipId: string, projectId: string, how: 'move' | 'copy') => Promise<void>;
  deleteClip: (clipId: string) => Promise<void>;
}

export const createClipSlice: StateCreator<LibraryState, [], [], ClipSlice> = (set, get) => {
  // Only the newest detail request may land: the person may have opened another clip since.
  let latestDetail = 0;

  const act = async (work: () => Promise<string | null>): Promise<boolean> => {
    set({ clipError: null, clipNotice: null });
    try {
      set({ clipNotice: await work() });
      return true;
    } catch (error) {
      set({ clipError: toAppError(error) });
      return false;
    }
  };

  /** One clip changed: the gallery, the opened clip and its lineage all show the new copy. */
  const patch = (clip: Clip) => {
    get().patchGalleryClip(clip);
    const { preview, detail } = get();
    if (preview?.id === clip.id) set({ preview: clip });
    if (!detail) return;
    const swap = (c: Clip) => (c.id === clip.id ? clip : c);
    set({
      detail: {
        ...detail,
        ...(detail.id === clip.id ? clip : {}),
        parent: detail.parent ? swap(detail.parent) : null,
        children: detail.children.map(swap),
      },
    });
  };

  const projectName = (projectId: string) =>
    get().projects.find((p) => p.id === projectId)?.name ?? 'the other project';

  return {
    selectedClipId: null,
    preview: null,
    detail: null,
    clipError: null,
    clipNotice: null,
    openClip: (clip) => {
      if (clip.projectId !== get().selectedProjectId) void get().selectProject(clip.projectId);
      set({
        selectedClipId: clip.id,
        preview: clip,
        detail: null,
        clipError: null,
        clipNotice: null,
      });
      void get().reloadDetail();
    },
    closeClip: () => {
      latestDetail += 1;
      set({ selectedClipId: null, preview: null, detail: null, clipError: null, clipNotice: null });
    },
    reloadDetail: async () => {
      const clipId = get().selectedClipId;
      if (!clipId) return;
      const request = ++latestDetail;
      try {
        const detail = await call(kling().library.get({ clipId }));
        if (request === latestDetail) set({ detail, preview: detail });
      } catch (error) {
        if (request !== latestDetail) return;
        const appError = toAppError(error);
        // Deleted or moved away outside the app: there is nothing left to show.
        if (appError.code === 'unknown_clip') get().closeClip();
        else set({ clipError: appError });
      }
    },
    updateClip: (change) =>
      act(async () => {
        patch(await call(kling().library.update(change)));
        return null;
      }),
    setPoster: async (clipId, dataUrl) => {
      const { posterUrl } = await call(kling().library.setPoster({ clipId, dataUrl }));
      const clip = Object.values(get().pages)
        .flat()
        .find((c) => c.id === clipId);
      if (clip) patch({ ...clip, posterUrl });
    },
    saveCopy: async (clipId) => {
      await act(async () => {
        const { path } = await call(kling().library.saveCopy({ clipId }));
        return path ? `Saved a copy to ${path}` : null;
      });
    },
    revealClip: async (clipId) => {
      await act(async () => {
        await call(kling().library.reveal({ clipId }));
        return null;
      });
    },
    transferClip: async (clipId, projectId, how) => {
      await act(async () => {
        const request = { clipId, projectId };
        const clip = await call(
          how === 'move' ? kling().library.move(request) : kling().library.copy(request),
        );
        const where = projectName(clip.projectId);
        if (how === 'copy') return `Copied to ${where}.`;
        // The moved clip keeps its id: keep showing it, now from its new project.
        patch(clip);
        return `Moved to ${where}.`;
      });
    },
    deleteClip: async (clipId) => {
      const done = await act(async () => {
        await call(kling().library.delete({ clipId }));
        return null;
      });
      if (done && get().selectedClipId === clipId) get().closeClip();
    },
  };
};
