import type { StateCreator } from 'zustand';
import type { AppError } from '../../../shared/app-error';
import type { ExportFormat, Project } from '../../../shared/domain';
import { call, kling, toAppError } from '../ipc/kling';
import type { LibraryState } from './library-store';

export type { ExportFormat };

export interface ProjectSlice {
  projects: Project[];
  selectedProjectId: string | null;
  /** The last project action that failed, shown in the sidebar until the next one. */
  projectError: AppError | null;
  /** Where the last export was written, or null when the person cancelled the dialog. */
  exportNotice: string | null;
  exportError: AppError | null;
  loadProjects: () => Promise<void>;
  selectProject: (projectId: string) => Promise<void>;
  createProject: (name: string) => Promise<boolean>;
  renameProject: (projectId: string, name: string) => Promise<boolean>;
  deleteProject: (projectId: string) => Promise<boolean>;
  openFolder: () => Promise<void>;
  revealProject: (projectId: string) => Promise<void>;
  exportProject: (projectId: string, format: ExportFormat) => Promise<void>;
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

  /** Main's list with one project replaced, until the `projects:changed` reload arrives. */
  const put = (project: Project) => {
    const { projects } = get();
    const known = projects.some((p) => p.id === project.id);
    set({
      projects: known
        ? projects.map((p) => (p.id === project.id ? project : p))
        : [...projects, project],
    });
  };

  return {
    projects: [],
    selectedProjectId: null,
    projectError: null,
    exportNotice: null,
    exportError: null,
    loadProjects: async () => {
      let projects: Project[];
      try {
        projects = await call(kling().projects.list());
      } catch (error) {
        set({ projectError: toAppError(error) });
        return;
      }
      set({ projects });
      const { selectedProjectId } = get();
      const first = projects[0];
      if (!projects.some((p) => p.id === selectedProjectId)) {
        if (first) await get().selectProject(first.id);
        else set({ selectedProjectId: null });
      }
    },
    selectProject: async (projectId) => {
      if (get().selectedProjectId === projectId) return;
      get().closeClip();
      set({ selectedProjectId: projectId, exportNotice: null, exportError: null });
      get().resetGallery();
    },
    createProject: (name) =>
      act(async () => {
        const project = await call(kling().projects.create({ name }));
        put(project);
        await get().selectProject(project.id);
      }),
    renameProject: (projectId, name) =>
      act(async () => put(await call(kling().projects.rename({ projectId, name })))),
    deleteProject: (projectId) =>
      act(async () => {
        await call(kling().projects.delete({ projectId }));
        set({ projects: get().projects.filter((p) => p.id !== projectId) });
        await get().loadProjects();
      }),
    openFolder: async () => {
      await act(async () => {
        const project = await call(kling().projects.openFolder());
        if (!project) return;
        put(project);
        await get().selectProject(project.id);
      });
    },
    revealProject: async (projectId) => {
      await act(async () => void (await call(kling().projects.reveal({ projectId }))));
    },
    exportProject: async (projectId, format) => {
      set({ exportNotice: null, exportError: null });
      try {
        const { path } = await call(kling().projects.export({ projectId, format }));
        set({ exportNotice: path ? `Exported to ${path}` : null });
      } catch (error) {
        set({ exportError: toAppError(error) });
      }
    },
  };
};
