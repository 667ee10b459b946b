import type { StateCreator } from 'zustand';
import type { LibraryState } from './library-store';
import { NO_FILTERS, type LibraryFilters } from './library-query';

/** Typing and quick changes of several filters become one query. */
export const QUERY_DEBOUNCE_MS = 250;

export interface FilterSlice {
  /** What the toolbar shows, updated on every keystroke; the query follows after a pause. */
  filters: LibraryFilters;
  setFilters: (patch: Partial<LibraryFilters>) => void;
  /** Back to every clip, keeping the sort order. */
  clearFilters: () => void;
}

export const createFilterSlice: StateCreator<LibraryState, [], [], FilterSlice> = (set) => ({
  filters: NO_FILTERS,
  setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
  clearFilters: () => set((state) => ({ filters: { ...NO_FILTERS, sort: state.filters.sort } })),
});
