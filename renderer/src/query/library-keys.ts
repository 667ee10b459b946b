import type { LibraryFilters } from '../stores/library-query';

/**
 * Cache keys, from the widest to the narrowest, so one invalidation reaches everything under
 * it: `['library', projectId]` covers every page of every query of that project.
 */
export const libraryKeys = {
  projects: ['projects'] as const,
  project: (projectId: string) => ['library', projectId] as const,
  page: (projectId: string, filters: LibraryFilters, page: number) =>
    ['library', projectId, 'page', filters, page] as const,
  clips: ['clip'] as const,
  clip: (clipId: string) => ['clip', clipId] as const,
};
