import { useCallback, useEffect, useRef, useState } from 'react';
import type { LibraryPage } from '../../../../shared/domain';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { libraryKeys } from '../../query/library-keys';
import { PAGE_SIZE, useGalleryPages, type GalleryPages } from '../../query/library-queries';
import { queryClient } from '../../query/query-client';
import { QUERY_DEBOUNCE_MS } from '../../stores/filter-slice';
import { isFiltered, type LibraryFilters } from '../../stores/library-query';
import { selectFilters, useLibraryStore } from '../../stores/library-store';

/** Clips beyond what is on screen worth asking for now, so scrolling meets loaded cards. */
const PREFETCH = PAGE_SIZE;
/** User-timing marks: the gallery bench reads them, and they show in DevTools' timeline. */
export const MARK_FIRST_PAGE = 'kling:gallery-first-page';

export interface LibraryView extends GalleryPages {
  /** The filters the results on screen were asked with (the toolbar's, after a pause). */
  applied: LibraryFilters;
  /** Changes with each new set of filters, so the gallery knows to go back to the top. */
  queryKey: string;
  /** Whether the results were narrowed by filters (for the empty state). */
  filtered: boolean;
  /** The gallery reports which results are on screen; their pages are asked for. */
  showRange: (first: number, last: number) => void;
}

/** Page numbers covering `first`…`last` and a page either side, never past `total`. */
function pagesFor(first: number, last: number, total: number): number[] {
  const from = Math.floor(Math.max(0, first - PREFETCH) / PAGE_SIZE);
  const to = Math.floor(Math.min(Math.max(total - 1, 0), last + PREFETCH) / PAGE_SIZE);
  return Array.from({ length: Math.max(from, to) - from + 1 }, (_, i) => from + i);
}

/** The open project's results: debounced filters, the pages on screen, their totals. */
export function useLibraryView(projectId: string): LibraryView {
  const filters = useLibraryStore(selectFilters);
  const applied = useDebouncedValue(filters, QUERY_DEBOUNCE_MS);
  const queryKey = JSON.stringify(applied);
  const [range, setRange] = useState({ queryKey, first: 0, last: 0 });
  // New filters, new results: until the gallery reports again, the top is what is on screen.
  const visible = range.queryKey === queryKey ? range : { first: 0, last: 0 };
  const known = queryClient.getQueryData<LibraryPage>(libraryKeys.page(projectId, applied, 0));
  const pages = useGalleryPages(
    projectId,
    applied,
    pagesFor(visible.first, visible.last, known?.total ?? 0),
  );
  const showRange = useCallback(
    (first: number, last: number) => setRange({ queryKey, first, last }),
    [queryKey],
  );
  useFirstPageMark(pages.total !== null);
  return { ...pages, applied, queryKey, filtered: isFiltered(applied), showRange };
}

function useFirstPageMark(answered: boolean): void {
  const done = useRef(false);
  useEffect(() => {
    if (!answered || done.current) return;
    done.current = true;
    performance.mark?.(MARK_FIRST_PAGE);
  }, [answered]);
}
