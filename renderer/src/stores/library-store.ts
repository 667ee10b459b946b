import { create } from 'zustand';
import type { AppError } from '../../../shared/app-error';
import type { Clip, ClipDetail, Project } from '../../../shared/domain';
import { createClipSlice, type ClipSlice } from './clip-slice';
import { createConfirmSlice, type ConfirmSlice, type PendingDelete } from './confirm-slice';
import { createGallerySlice, PAGE_SIZE, type GallerySlice } from './gallery-slice';
import { isFiltered, type LibraryFilters } from './library-query';
import { createProjectSlice, type ProjectSlice } from './project-slice';

export type { ClipChange } from './clip-slice';
export type { ExportFormat } from './project-slice';

export type LibraryState = ProjectSlice &
  GallerySlice &
  ClipSlice &
  ConfirmSlice & {
    /** Main says a project's files changed: what is on screen from it is asked for again. */
    libraryChanged: (projectId: string) => Promise<void>;
  };

/** One store for the library: projects, the gallery's query and pages, and the open clip. */
export const useLibraryStore = create<LibraryState>()((...args) => {
  const [, get] = args;
  return {
    ...createProjectSlice(...args),
    ...createGallerySlice(...args),
    ...createClipSlice(...args),
    ...createConfirmSlice(...args),
    libraryChanged: async (projectId) => {
      const { selectedProjectId, detail } = get();
      if (projectId === selectedProjectId) get().refreshGallery();
      // The open clip, its parent or an extension of it may live in that project.
      const related = [detail, detail?.parent, ...(detail?.children ?? [])];
      if (related.some((clip) => clip?.projectId === projectId)) await get().reloadDetail();
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

export function selectProjectError(state: LibraryState): AppError | null {
  return state.projectError;
}

export function selectFilters(state: LibraryState): LibraryFilters {
  return state.filters;
}

export function selectTags(state: LibraryState): string[] {
  return state.tags;
}

export function selectTotal(state: LibraryState): number | null {
  return state.total;
}

/** Whether the results on screen were narrowed by filters (for the empty state). */
export function selectResultsFiltered(state: LibraryState): boolean {
  return isFiltered(state.applied);
}

export function selectQueryKey(state: LibraryState): number {
  return state.queryKey;
}

export function selectPages(state: LibraryState): Record<number, Clip[]> {
  return state.pages;
}

/** The clip at a position in the results, or undefined while its page is loading. */
export function clipAt(pages: Record<number, Clip[]>, index: number): Clip | undefined {
  return pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
}

export function selectGalleryError(state: LibraryState): AppError | null {
  return state.galleryError;
}

export function selectSelectedClipId(state: LibraryState): string | null {
  return state.selectedClipId;
}

/** The open clip: its details once loaded, the gallery's copy until then. */
export function selectOpenClip(state: LibraryState): Clip | null {
  return state.detail?.id === state.selectedClipId ? state.detail : state.preview;
}

export function selectDetail(state: LibraryState): ClipDetail | null {
  return state.detail?.id === state.selectedClipId ? state.detail : null;
}

export function selectClipError(state: LibraryState): AppError | null {
  return state.clipError;
}

export function selectClipNotice(state: LibraryState): string | null {
  return state.clipNotice;
}

export function selectPendingDelete(state: LibraryState): PendingDelete | null {
  return state.pendingDelete;
}

/** The project actions, picked together; use with useShallow. */
export function selectProjectActions(state: LibraryState) {
  return {
    selectProject: state.selectProject,
    createProject: state.createProject,
    renameProject: state.renameProject,
    openFolder: state.openFolder,
    revealProject: state.revealProject,
    exportProject: state.exportProject,
    askDelete: state.askDelete,
  };
}

/** The open clip's actions, picked together; use with useShallow. */
export function selectClipActions(state: LibraryState) {
  return {
    openClip: state.openClip,
    closeClip: state.closeClip,
    updateClip: state.updateClip,
    saveCopy: state.saveCopy,
    revealClip: state.revealClip,
    transferClip: state.transferClip,
    askDelete: state.askDelete,
  };
}
