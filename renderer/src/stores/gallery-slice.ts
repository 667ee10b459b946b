import type { StateCreator } from 'zustand';
import type { AppError } from '../../../shared/app-error';
import type { Clip } from '../../../shared/domain';
import { call, kling, toAppError } from '../ipc/kling';
import type { LibraryState } from './library-store';
import { NO_FILTERS, toLibraryQuery, type LibraryFilters } from './library-query';

/**
 * Small pages: each answer is received in one task on the window's main thread, and its cost
 * grows with its size (in the e2e bridge, 200 clips held a frame for ~80 ms, 50 for < 33 ms);
 * main answers any page in one pass over memory, so more, smaller requests cost little.
 */
export const PAGE_SIZE = 50;
/** Clips beyond what is on screen worth asking for now, so scrolling meets loaded cards. */
const PREFETCH = PAGE_SIZE;
/** Typing and quick changes of several filters become one query. */
export const QUERY_DEBOUNCE_MS = 250;
/** User-timing marks: the gallery bench reads them, and they show in DevTools' timeline. */
export const MARK_FIRST_PAGE = 'kling:gallery-first-page';

export interface GallerySlice {
  /** What the toolbar shows, updated on every keystroke. */
  filters: LibraryFilters;
  /** What the results on screen were asked with: `filters` once the debounce has run. */
  applied: LibraryFilters;
  /** Matching clips in the open project; null until main has answered once. */
  total: number | null;
  /** Loaded pages of results by page number; the gallery shows placeholders for the rest. */
  pages: Record<number, Clip[]>;
  /** Every tag used in the project, for the tag filter. */
  tags: string[];
  /** Grows with each new set of filters, so the gallery knows to go back to the top. */
  queryKey: number;
  galleryError: AppError | null;
  setFilters: (patch: Partial<LibraryFilters>) => void;
  clearFilters: () => void;
  /** The gallery reports which results are on screen; missing pages are fetched. */
  showRange: (first: number, last: number) => void;
  /** Asks again for what is on screen (files changed), keeping it shown until answered. */
  refreshGallery: () => void;
  /** A different project opened: start from nothing. */
  resetGallery: () => void;
  /** A clip main changed: replaces it wherever it is loaded. */
  patchGalleryClip: (clip: Clip) => void;
}

export const createGallerySlice: StateCreator<LibraryState, [], [], GallerySlice> = (set, get) => {
  // Answers carry the generation they were asked in; an older one never lands.
  let generation = 0;
  // After a refresh the old pages stay on screen (no flash of emptiness) until the first new
  // page arrives, which then replaces them all.
  let stale = false;
  const inFlight = new Set<string>();
  let visible = { first: 0, last: 0 };
  let timer: ReturnType<typeof setTimeout> | undefined;

  const fetchPage = async (page: number): Promise<void> => {
    const { selectedProjectId: projectId, applied } = get();
    const key = `${generation}:${page}`;
    if (!projectId || inFlight.has(key)) return;
    const asked = generation;
    inFlight.add(key);
    try {
      const query = toLibraryQuery(projectId, applied, page * PAGE_SIZE, PAGE_SIZE);
      const answer = await call(kling().library.query(query));
      if (asked !== generation) return;
      if (get().total === null) performance.mark?.(MARK_FIRST_PAGE);
      const pages = stale ? {} : get().pages;
      stale = false;
      set({
        pages: { ...pages, [page]: answer.clips },
        total: answer.total,
        tags: answer.tags,
        galleryError: null,
      });
    } catch (error) {
      if (asked === generation) set({ galleryError: toAppError(error) });
    } finally {
      inFlight.delete(key);
    }
  };

  const fetchVisible = (): Promise<void[]> => {
    const pages: Promise<void>[] = [];
    const total = get().total ?? 0;
    const first = Math.floor(Math.max(0, visible.first - PREFETCH) / PAGE_SIZE);
    const last = Math.floor(Math.min(Math.max(total - 1, 0), visible.last + PREFETCH) / PAGE_SIZE);
    for (let page = first; page <= Math.max(first, last); page++) {
      if (stale || !get().pages[page]) pages.push(fetchPage(page));
    }
    return Promise.all(pages);
  };

  const restart = (keepOnScreen: boolean): Promise<void[]> => {
    generation += 1;
    stale = keepOnScreen;
    return fetchVisible();
  };

  const apply = () => {
    timer = undefined;
    visible = { first: 0, last: 0 };
    set((state) => ({ applied: state.filters, queryKey: state.queryKey + 1 }));
    void restart(true);
  };

  return {
    filters: NO_FILTERS,
    applied: NO_FILTERS,
    total: null,
    pages: {},
    tags: [],
    queryKey: 0,
    galleryError: null,
    setFilters: (patch) => {
      set((state) => ({ filters: { ...state.filters, ...patch } }));
      clearTimeout(timer);
      timer = setTimeout(apply, QUERY_DEBOUNCE_MS);
    },
    clearFilters: () => {
      clearTimeout(timer);
      set((state) => ({ filters: { ...NO_FILTERS, sort: state.filters.sort } }));
      apply();
    },
    showRange: (first, last) => {
      visible = { first, last };
      void fetchVisible();
    },
    refreshGallery: () => void restart(true),
    resetGallery: () => {
      clearTimeout(timer);
      visible = { first: 0, last: 0 };
      // A new project keeps the sort order, not filters that may mean nothing there.
      const filters = { ...NO_FILTERS, sort: get().filters.sort };
      set({ filters, applied: filters, total: null, pages: {}, tags: [], galleryError: null });
      void restart(false);
    },
    patchGalleryClip: (clip) => {
      const { pages } = get();
      for (const [page, clips] of Object.entries(pages)) {
        const at = clips.findIndex((c) => c.id === clip.id);
        if (at < 0) continue;
        set({ pages: { ...pages, [page]: clips.with(at, clip) } });
        return;
      }
    },
  };
};
