import type { Clip } from '../../../../shared/domain';

export interface ClipNeighbours {
  previous: Clip | null;
  next: Clip | null;
}

/**
 * The clips before and after `clipId` in the results as loaded (`pages` by page number, each in
 * result order). A neighbour in a page not loaded yet, or a clip not in the results, is null.
 */
export function clipNeighbours(
  pages: Readonly<Record<number, readonly Clip[]>>,
  pageSize: number,
  clipId: string,
): ClipNeighbours {
  for (const [key, clips] of Object.entries(pages)) {
    const at = clips.findIndex((clip) => clip.id === clipId);
    if (at < 0) continue;
    const index = Number(key) * pageSize + at;
    const clipAt = (i: number) => pages[Math.floor(i / pageSize)]?.[i % pageSize] ?? null;
    return { previous: index > 0 ? clipAt(index - 1) : null, next: clipAt(index + 1) };
  }
  return { previous: null, next: null };
}
