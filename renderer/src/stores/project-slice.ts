import type { StateCreator } from 'zustand';
import type { AppError } from '../../../shared/app-error';
import type { ExportFormat, Project } from '../../../shared/domain';
import { bridge, toAppError } from '../ipc/kling';
import { libraryKeys } from '../query/library-keys';
import { invalidateProjects } from '../query/library-queries';
import { queryClient } from '../query/query-client';
import type { LibraryState } from './library-store';
import { NO_FILTERS } from './library-query';

export type { ExportFormat };

export interface ProjectSlice {
  selectedProjectId: string | null;
  /** The last project action that failed, shown in the sidebar until the next one. */
  projectError: AppError | null;
  /**
   * Where the last export was written, or null when the person cancelled the dialog; the
   * sentence around it is worded when drawn.
   */
  exportedTo: string | null;
  exportError: AppError | null;
  /** Opens a project (null: none), closing the open clip and clearing the filters. */
  selectProject: (projectId: string | null) => void;
  createProject: (name: string) => Promise<boolean>;
  renameProject: (projectId: string, name: string) => Promise<boolean>;
  deleteProject: (projectId: string) => Promise<boolean>;
  openFolder: () => Promise<void>;
  revealProject: (projectId: string) => Promise<void>;
  exportProject: (projectId: string, format: ExportFormat) => Promise<void>;
}

/** The cached list with one project put in, until the `projects:changed` refetch arrives. */
function put(project: Project): void {
  queryClient.setQueryData<Project[]>(libraryKeys.projects, (projects = []) =>
    projects.some((p) => p.id === project.id)
      ? projects.map((p) => (p.id === project.id ? project : p))
      : [...projects, project],
  );
}

export const createProjectSlice: StateCreator<LibraryState, [], [], ProjectSlice> = (set, get) => {
  const act = async (work: () => Promise<void>): Promise<boolean> => {
    set({ projectError: null });
    try {
      await work();
      return true;
    } catch (error) {
      set({ projectError: toAppError(error) });
      return false;
    }
  };

  return {
    selectedProjectId: null,
    projectError: null,
    exportedTo: null,
    exportError: null,
    selectProject: (projectId) => {
      if (get().selectedProjectId === projectId) return;
      get().closeClip();
      // A new project keeps the sort order, not filters that may mean nothing there.
      set((state) => ({
        selectedProjectId: projectId,
        exportedTo: null,
        exportError: null,
        filters: { ...NO_FILTERS, sort: state.filters.sort },
      }));
    },
    createProject: (name) =>
      act(async () => {
        const project = await bridge.projects.create({ name });
        put(project);
        get().selectProject(project.id);
      }),
    renameProject: (projectId, name) =>
      act(async () => put(await bridge.projects.rename({ projectId, name }))),
    deleteProject: (projectId) =>
      act(async () => {
        await bridge.projects.delete({ projectId });
        queryClient.setQueryData<Project[]>(libraryKeys.projects, (projects = []) =>
          projects.filter((p) => p.id !== projectId),
        );
        await invalidateProjects();
      }),
    openFolder: async () => {
      await act(async () => {
        const project = await bridge.projects.openFolder();
        if (!project) return;
        put(project);
        get().selectProject(project.id);
      });
    },
    revealProject: async (projectId) => {
      await act(async () => void (await bridge.projects.reveal({ projectId })));
    },
    exportProject: async (projectId, format) => {
      set({ exportedTo: null, exportError: null });
      try {
        const { path } = await bridge.projects.export({ projectId, format });
        set({ exportedTo: path });
      } catch (error) {
        set({ exportError: toAppError(error) });
      }
    },
  };
};
