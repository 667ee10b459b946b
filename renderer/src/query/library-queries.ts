import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { AppError } from '../../../shared/app-error';
import type { Clip, ClipDetail, LibraryPage, Project } from '../../../shared/domain';
import { bridge, toAppError } from '../ipc/kling';
import { toLibraryQuery, type LibraryFilters } from '../stores/library-query';
import { libraryKeys } from './library-keys';
import { queryClient } from './query-client';

/**
 * Small pages: each answer is received in one task on the window's main thread, and its cost
 * grows with its size (in the e2e bridge, 200 clips held a frame for ~80 ms, 50 for < 33 ms);
 * main answers any page in one pass over memory, so more, smaller requests cost little.
 */
export const PAGE_SIZE = 50;

/** Every project main knows, in its order. */
export function useProjects(): { projects: Project[]; error: AppError | null; loaded: boolean } {
  const query = useQuery({ queryKey: libraryKeys.projects, queryFn: () => bridge.projects.list() });
  return {
    projects: query.data ?? [],
    error: query.error ? toAppError(query.error) : null,
    loaded: query.data !== undefined,
  };
}

export interface GalleryPages {
  /** Loaded pages of results by page number; the gallery shows placeholders for the rest. */
  pages: Record<number, Clip[]>;
  /** Matching clips; null until main has answered once for this project. */
  total: number | null;
  /** Every tag used in the project, for the tag filter. */
  tags: string[];
  error: AppError | null;
}

/**
 * The pages of one query's results, each cached under project + filters + page number. Page 0
 * is always read: it carries the total and the project's tags, and while the first page of
 * new filters (or of a refresh) is on its way, the one that was there stays shown.
 */
export function useGalleryPages(
  projectId: string,
  filters: LibraryFilters,
  pageNumbers: readonly number[],
): GalleryPages {
  const pageQuery = (page: number) => ({
    queryKey: libraryKeys.page(projectId, filters, page),
    queryFn: () =>
      bridge.library.query(toLibraryQuery(projectId, filters, page * PAGE_SIZE, PAGE_SIZE)),
  });
  const first = useQuery({ ...pageQuery(0), placeholderData: keepPreviousData });
  const later = pageNumbers.filter((page) => page > 0);
  const rest = useQueries({
    queries: later.map(pageQuery),
    combine: (results) => results,
  });
  const pages: Record<number, Clip[]> = {};
  if (first.data) pages[0] = first.data.clips;
  let error: unknown = first.error;
  rest.forEach((result, index) => {
    error ??= result.error;
    const page = later[index];
    if (result.data && page !== undefined) pages[page] = result.data.clips;
  });
  return {
    pages,
    total: first.data?.total ?? null,
    tags: first.data?.tags ?? [],
    error: error ? toAppError(error) : null,
  };
}

/** A clip's full record (parameters, lineage), or its read error. */
export function useClipDetail(clipId: string | null): {
  detail: ClipDetail | null;
  error: AppError | null;
} {
  const query = useQuery({
    queryKey: libraryKeys.clip(clipId ?? ''),
    queryFn: () => bridge.library.get({ clipId: clipId ?? '' }),
    enabled: clipId !== null,
  });
  return {
    detail: query.data ?? null,
    error: query.error ? toAppError(query.error) : null,
  };
}

/** Main changed files of a project: every page of it and every open clip record is read again. */
export function invalidateLibrary(projectId: string): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: libraryKeys.project(projectId) }),
    // The open clip, its parent or an extension of it may live in that project.
    queryClient.invalidateQueries({ queryKey: libraryKeys.clips }),
  ]).then(() => undefined);
}

export function invalidateProjects(): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: libraryKeys.projects });
}

/**
 * One clip changed (main's answer to an edit): every cached page and record that shows it
 * shows the new copy at once, without waiting for the refetch that `library:changed` brings.
 */
export function patchCachedClip(clip: Clip): void {
  const swap = (c: Clip) => (c.id === clip.id ? clip : c);
  queryClient.setQueriesData<LibraryPage>({ queryKey: ['library'] }, (page) =>
    page?.clips.some((c) => c.id === clip.id) ? { ...page, clips: page.clips.map(swap) } : page,
  );
  queryClient.setQueriesData<ClipDetail>({ queryKey: libraryKeys.clips }, (detail) =>
    detail
      ? {
          ...detail,
          ...(detail.id === clip.id ? clip : {}),
          parent: detail.parent ? swap(detail.parent) : null,
          children: detail.children.map(swap),
        }
      : detail,
  );
}

/** The cached copy of a clip from any loaded page, if there is one. */
export function cachedClip(clipId: string): Clip | undefined {
  for (const [, page] of queryClient.getQueriesData<LibraryPage>({ queryKey: ['library'] })) {
    const found = page?.clips.find((c) => c.id === clipId);
    if (found) return found;
  }
  return undefined;
}
