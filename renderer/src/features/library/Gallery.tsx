import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { Clip } from '../../../../shared/domain';
import { useTranslation } from '../../i18n';
import { PAGE_SIZE } from '../../query/library-queries';
import { selectSelectedClipId, useLibraryStore } from '../../stores/library-store';
import { selectSelectedClips, useSelectionStore } from '../../stores/selection-store';
import { ClipCard, ClipCardPlaceholder } from './ClipCard';
import { useFlingGate } from './poster-gate';
import { posterQueue } from './poster-queue';
import { useElementWidth } from './use-element-width';
import type { LibraryView } from './use-library-view';

const MIN_CARD_WIDTH = 190;
const GAP = 12;
/** Prompt (two lines) and model under the poster; fixed, so no row is ever measured. */
const INFO_HEIGHT = 64;
/** Posters are 16:9, as Kling's default output. */
const POSTER_RATIO = 9 / 16;
export const MARK_GRID_PAINTED = 'kling:gallery-painted';

interface GalleryProps {
  total: number;
  view: Pick<LibraryView, 'pages' | 'queryKey' | 'showRange'>;
}

/** The clip at a position in the results, or undefined while its page is loading. */
function clipAt(pages: Record<number, Clip[]>, index: number): Clip | undefined {
  return pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
}

/**
 * The results as a grid of cards, virtualised by rows: only the rows on screen (and two
 * either side) exist in the DOM, so 10,000 clips scroll like 20. Rows reflow with the width.
 */
export function Gallery({ total, view }: GalleryProps) {
  const { t } = useTranslation('library');
  const { pages, queryKey, showRange } = view;
  const selectedClipId = useLibraryStore(selectSelectedClipId);
  const openClip = useLibraryStore((state) => state.openClip);
  const updateClip = useLibraryStore((state) => state.updateClip);
  const picked = useSelectionStore(selectSelectedClips);
  const pick = useSelectionStore((state) => state.toggle);
  const onFavourite = useCallback(
    (clip: Clip) => void updateClip({ clipId: clip.id, favourite: !clip.favourite }),
    [updateClip],
  );

  const scrollRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(scrollRef);
  const columns = Math.max(1, Math.floor((width + GAP) / (MIN_CARD_WIDTH + GAP)));
  // Beside the viewer the column can be narrower than a card's minimum: fill it, never overflow.
  const cardWidth = Math.max(
    width > 0 ? Math.min(MIN_CARD_WIDTH, width) : MIN_CARD_WIDTH,
    (width - GAP * (columns - 1)) / columns,
  );
  const rowHeight = Math.round(cardWidth * POSTER_RATIO) + INFO_HEIGHT + GAP;

  // This app does not use the React Compiler, whose memoising the rule warns about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: Math.ceil(total / columns),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 2,
  });
  // Row sizes are computed, not measured: a new width means new sizes for every row.
  useLayoutEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  useEffect(() => {
    // New filters, new results: start reading them from the top.
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [queryKey]);
  useEffect(() => posterQueue.pause(virtualizer.isScrolling), [virtualizer.isScrolling]);
  useFlingGate(virtualizer.scrollOffset ?? 0, virtualizer.isScrolling);

  const rows = virtualizer.getVirtualItems();
  const firstRow = rows[0]?.index ?? 0;
  const lastRow = rows[rows.length - 1]?.index ?? -1;
  useEffect(() => {
    if (lastRow >= 0) showRange(firstRow * columns, Math.min(total, (lastRow + 1) * columns) - 1);
  }, [firstRow, lastRow, columns, total, showRange]);

  const painted = lastRow >= 0 && clipAt(pages, firstRow * columns) !== undefined;
  useFirstPaintMark(painted);

  return (
    <div ref={scrollRef} className="gallery-scroll">
      <div
        role="list"
        aria-label={t('results.clips')}
        className="gallery-rows"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {rows.map((row) => (
          <div
            key={row.key}
            className="gallery-row"
            style={{
              height: rowHeight - GAP,
              transform: `translateY(${row.start}px)`,
              gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
            }}
          >
            {Array.from({ length: Math.min(columns, total - row.index * columns) }, (_, i) => {
              const index = row.index * columns + i;
              const clip = clipAt(pages, index);
              return (
                <div
                  key={clip?.id ?? `slot-${index}`}
                  role="listitem"
                  aria-setsize={total}
                  aria-posinset={index + 1}
                >
                  {clip ? (
                    <ClipCard
                      clip={clip}
                      selected={clip.id === selectedClipId}
                      picked={picked.some((p) => p.id === clip.id)}
                      onOpen={openClip}
                      onFavourite={onFavourite}
                      onPick={pick}
                    />
                  ) : (
                    <ClipCardPlaceholder />
                  )}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}

/** Marks the first frame that shows real cards, for the gallery bench and DevTools. */
function useFirstPaintMark(painted: boolean): void {
  const done = useRef(false);
  useEffect(() => {
    if (!painted || done.current) return;
    done.current = true;
    requestAnimationFrame(() => performance.mark?.(MARK_GRID_PAINTED));
  }, [painted]);
}
