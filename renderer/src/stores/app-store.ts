import { create } from 'zustand';

/** Window-level UI state that belongs to no single feature. */
export interface AppState {
  settingsOpen: boolean;
  openSettings: () => void;
  closeSettings: () => void;
}

export const useAppStore = create<AppState>()((set) => ({
  settingsOpen: false,
  openSettings: () => set({ settingsOpen: true }),
  closeSettings: () => set({ settingsOpen: false }),
}));

export function selectSettingsOpen(state: AppState): boolean {
  return state.settingsOpen;
}

export function selectOpenSettings(state: AppState): () => void {
  return state.openSettings;
}

export function selectCloseSettings(state: AppState): () => void {
  return state.closeSettings;
}
