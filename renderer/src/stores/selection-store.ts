import { create } from 'zustand';
import type { Clip } from '../../../shared/domain';

/** As many clips as one join takes (the `finishing:stitch` contract's limit). */
export const MAX_SELECTED = 50;

/** What the selection is being used for: the Compare or the Join dialog, or nothing yet. */
export type SelectionDialog = 'compare' | 'join' | null;

export interface SelectionState {
  /** Clips picked in the gallery, in the order picked (the order a join plays them in). */
  clips: Clip[];
  dialog: SelectionDialog;
  toggle: (clip: Clip) => void;
  /** Moves the clip at `index` by `by` places (negative: earlier). */
  move: (index: number, by: number) => void;
  clear: () => void;
  openDialog: (dialog: SelectionDialog) => void;
  /**
   * Replaces the selection with a lineage chain, root first, and opens the Join dialog on it:
   * the one-click join of a clip with the clips it was made from.
   */
  joinChain: (chain: readonly Clip[]) => void;
}

/** The gallery's multiple selection, for comparing and joining: UI state only. */
export const useSelectionStore = create<SelectionState>()((set) => ({
  clips: [],
  dialog: null,
  toggle: (clip) =>
    set(({ clips }) => {
      if (clips.some((c) => c.id === clip.id))
        return { clips: clips.filter((c) => c.id !== clip.id) };
      return clips.length >= MAX_SELECTED ? { clips } : { clips: [...clips, clip] };
    }),
  move: (index, by) =>
    set(({ clips }) => {
      const to = index + by;
      if (index < 0 || index >= clips.length || to < 0 || to >= clips.length) return { clips };
      const next = [...clips];
      const [moved] = next.splice(index, 1);
      if (moved) next.splice(to, 0, moved);
      return { clips: next };
    }),
  clear: () => set({ clips: [], dialog: null }),
  openDialog: (dialog) => set({ dialog }),
  joinChain: (chain) => set({ clips: chain.slice(0, MAX_SELECTED), dialog: 'join' }),
}));

export function selectSelectionDialog(state: SelectionState): SelectionDialog {
  return state.dialog;
}

export function selectSelectedClips(state: SelectionState): Clip[] {
  return state.clips;
}
