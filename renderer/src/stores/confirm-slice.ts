import type { StateCreator } from 'zustand';
import type { Clip, Project } from '../../../shared/domain';
import type { LibraryState } from './library-store';

/** What the person is being asked to confirm: both go to the system trash. */
export type PendingDelete = { kind: 'project'; project: Project } | { kind: 'clip'; clip: Clip };

export interface ConfirmSlice {
  pendingDelete: PendingDelete | null;
  askDelete: (pending: PendingDelete) => void;
  cancelDelete: () => void;
  confirmDelete: () => Promise<void>;
}

export const createConfirmSlice: StateCreator<LibraryState, [], [], ConfirmSlice> = (set, get) => ({
  pendingDelete: null,
  askDelete: (pending) => set({ pendingDelete: pending }),
  cancelDelete: () => set({ pendingDelete: null }),
  confirmDelete: async () => {
    const pending = get().pendingDelete;
    set({ pendingDelete: null });
    if (pending?.kind === 'project') await get().deleteProject(pending.project.id);
    else if (pending?.kind === 'clip') await get().deleteClip(pending.clip.id);
  },
});
