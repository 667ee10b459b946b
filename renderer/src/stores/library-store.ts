import { create } from 'zustand';
import type { AppError } from '../../../shared/app-error';
import type { Clip } from '../../../shared/domain';
import { createClipSlice, type ClipSlice } from './clip-slice';
import { createConfirmSlice, type ConfirmSlice, type PendingDelete } from './confirm-slice';
import { createFilterSlice, type FilterSlice } from './filter-slice';
import type { LibraryFilters } from './library-query';
import { createProjectSlice, type ProjectSlice } from './project-slice';

export type { ClipChange } from './clip-slice';
export type { ExportFormat } from './project-slice';

export type LibraryState = ProjectSlice & FilterSlice & ClipSlice & ConfirmSlice;

/**
 * The library's UI state: which project and clip are open, the toolbar's filters, what is
 * being confirmed. What main holds (projects, pages, clip records) lives in the query cache.
 */
export const useLibraryStore = create<LibraryState>()((...args) => ({
  ...createProjectSlice(...args),
  ...createFilterSlice(...args),
  ...createClipSlice(...args),
  ...createConfirmSlice(...args),
}));

export function selectSelectedProjectId(state: LibraryState): string | null {
  return state.selectedProjectId;
}

export function selectProjectError(state: LibraryState): AppError | null {
  return state.projectError;
}

export function selectFilters(state: LibraryState): LibraryFilters {
  return state.filters;
}

export function selectSelectedClipId(state: LibraryState): string | null {
  return state.selectedClipId;
}

/** The gallery's copy of the open clip, shown until its record arrives. */
export function selectPreview(state: LibraryState): Clip | null {
  return state.preview;
}

export function selectClipError(state: LibraryState): AppError | null {
  return state.clipError;
}

export function selectClipNotice(state: LibraryState): LibraryState['clipNotice'] {
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
