import { create } from 'zustand';
import type { AppError } from '../../../shared/app-error';
import type { Clip, Project } from '../../../shared/domain';
import { call, kling, toAppError } from '../ipc/kling';

export interface LibraryState {
  projects: Project[];
  selectedProjectId: string | null;
  clips: Clip[];
  selectedClipId: string | null;
  error: AppError | null;
  loadProjects: () => Promise<void>;
  selectProject: (projectId: string) => Promise<void>;
  refreshClips: () => Promise<void>;
  selectClip: (clipId: string | null) => void;
  /** Main says a project's files changed: counts may differ, and its clips if it is open. */
  libraryChanged: (projectId: string) => Promise<void>;
}

// Only the newest clips request may land: a slow answer for a project the user has
// already left must not overwrite the one they are looking at.
let latestClipsRequest = 0;

export const useLibraryStore = create<LibraryState>()((set, get) => {
  const fetchClips = async (projectId: string): Promise<void> => {
    const request = ++latestClipsRequest;
    try {
      const clips = await call(kling().library.list({ projectId }));
      if (request !== latestClipsRequest || get().selectedProjectId !== projectId) return;
      const { selectedClipId } = get();
      const stillThere = clips.some((clip) => clip.id === selectedClipId);
      set({ clips, selectedClipId: stillThere ? selectedClipId : null, error: null });
    } catch (error) {
      if (request === latestClipsRequest) set({ error: toAppError(error) });
    }
  };

  return {
    projects: [],
    selectedProjectId: null,
    clips: [],
    selectedClipId: null,
    error: null,
    loadProjects: async () => {
      let projects: Project[];
      try {
        projects = await call(kling().projects.list());
      } catch (error) {
        set({ error: toAppError(error) });
        return;
      }
      set({ projects });
      const { selectedProjectId } = get();
      const keep = projects.some((project) => project.id === selectedProjectId);
      const first = projects[0];
      if (!keep && first) await get().selectProject(first.id);
    },
    selectProject: async (projectId) => {
      if (get().selectedProjectId !== projectId) {
        set({ selectedProjectId: projectId, clips: [], selectedClipId: null, error: null });
      }
      await fetchClips(projectId);
    },
    refreshClips: async () => {
      const { selectedProjectId } = get();
      if (selectedProjectId) await fetchClips(selectedProjectId);
    },
    selectClip: (clipId) => set({ selectedClipId: clipId }),
    libraryChanged: async (projectId) => {
      await get().loadProjects();
      if (get().selectedProjectId === projectId) await fetchClips(projectId);
    },
  };
});

export function selectProjects(state: LibraryState): Project[] {
  return state.projects;
}

export function selectSelectedProjectId(state: LibraryState): string | null {
  return state.selectedProjectId;
}

export function selectSelectedProject(state: LibraryState): Project | null {
  return state.projects.find((project) => project.id === state.selectedProjectId) ?? null;
}

export function selectClips(state: LibraryState): Clip[] {
  return state.clips;
}

export function selectSelectedClipId(state: LibraryState): string | null {
  return state.selectedClipId;
}

export function selectSelectedClip(state: LibraryState): Clip | null {
  return state.clips.find((clip) => clip.id === state.selectedClipId) ?? null;
}

export function selectLibraryError(state: LibraryState): AppError | null {
  return state.error;
}

/** The actions, picked together; use with useShallow. */
export function selectLibraryActions(state: LibraryState) {
  return { selectProject: state.selectProject, selectClip: state.selectClip };
}
