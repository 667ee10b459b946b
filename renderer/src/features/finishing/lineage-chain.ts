import type { Clip, ClipDetail } from '../../../../shared/domain';
import { MAX_SELECTED } from '../../stores/selection-store';

/**
 * The lineage chain that ends at `detail`: its parent's parent … down to the clip itself, root
 * first, the order a join plays them in. Records are read with `readDetail` (one `library:get`
 * each, cached by the caller). The walk stops at a parent that is no longer in the library, at a
 * clip already seen (a loop in hand-edited sidecars) and at `MAX_SELECTED` clips, the most one
 * join takes, keeping the clips nearest to `detail`.
 *
 * @throws whatever `readDetail` throws for a record that cannot be read.
 */
export async function lineageChain(
  detail: ClipDetail,
  readDetail: (clipId: string) => Promise<ClipDetail>,
): Promise<Clip[]> {
  const chain: Clip[] = [detail];
  const seen = new Set([detail.id]);
  let parent = detail.parent;
  while (parent && !seen.has(parent.id) && chain.length < MAX_SELECTED) {
    seen.add(parent.id);
    chain.push(parent);
    parent = parent.parentClipId ? (await readDetail(parent.id)).parent : null;
  }
  return chain.reverse();
}
