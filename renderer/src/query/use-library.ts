import { useEffect } from 'react';
import type { AppError } from '../../../shared/app-error';
import type { Clip, ClipDetail, Project } from '../../../shared/domain';
import {
  selectPreview,
  selectSelectedClipId,
  selectSelectedProjectId,
  useLibraryStore,
} from '../stores/library-store';
import { useClipDetail, useProjects } from './library-queries';

/** The open project, from the cached list. */
export function useSelectedProject(): Project | null {
  const { projects } = useProjects();
  const selectedId = useLibraryStore(selectSelectedProjectId);
  return projects.find((project) => project.id === selectedId) ?? null;
}

/** Keeps a project open: the first one when none is, or when the open one went away. */
export function useKeepAProjectOpen(): void {
  const { projects, loaded } = useProjects();
  const selectedId = useLibraryStore(selectSelectedProjectId);
  const selectProject = useLibraryStore((state) => state.selectProject);
  useEffect(() => {
    if (!loaded || projects.some((project) => project.id === selectedId)) return;
    selectProject(projects[0]?.id ?? null);
  }, [loaded, projects, selectedId, selectProject]);
}

/**
 * The open clip: its record once loaded, the gallery's copy until then. A clip deleted or
 * moved away outside the app closes, since there is nothing left to show.
 */
export function useOpenClip(): {
  clip: Clip | null;
  detail: ClipDetail | null;
  error: AppError | null;
} {
  const clipId = useLibraryStore(selectSelectedClipId);
  const preview = useLibraryStore(selectPreview);
  const closeClip = useLibraryStore((state) => state.closeClip);
  const { detail, error } = useClipDetail(clipId);
  const gone = error?.code === 'unknown_clip';
  useEffect(() => {
    if (gone) closeClip();
  }, [gone, closeClip]);
  const current = detail?.id === clipId ? detail : null;
  return { clip: current ?? preview, detail: current, error: gone ? null : error };
}
