import type { Clip, ClipDetail } from '../../../../shared/domain';
import { truncate } from '../../lib/format';
import { useLibraryStore } from '../../stores/library-store';
import { StitchedParts } from '../finishing/StitchedParts';

interface ClipLineageProps {
  detail: ClipDetail;
}

/** How a child came from its parent, in the words its button starts with. */
function madeHow(child: Clip): string {
  // An image→video child of a clip can only have started from one of its frames.
  return child.action === 'image2video' ? 'Continued from a frame' : 'Extension';
}

/**
 * Where the clip came from (extended, continued from a frame at a time, or joined from parts)
 * and what was made from it; each opens that clip, in any project.
 */
export function ClipLineage({ detail }: ClipLineageProps) {
  const openClip = useLibraryStore((state) => state.openClip);
  const { parent, children, parentFrameSec, parts } = detail;
  if (!parent && !detail.parentClipId && children.length === 0 && parts.length === 0) return null;
  const from =
    parentFrameSec === null
      ? 'Extended from'
      : `Continued from the frame at ${parentFrameSec.toFixed(2)} s of`;
  return (
    <div className="lineage">
      <span className="detail-label">Lineage</span>
      {parent ? (
        <button
          type="button"
          className="link-button"
          aria-label={`${from}: ${parent.prompt}`}
          onClick={() => openClip(parent)}
        >
          {from}: “{truncate(parent.prompt, 80)}”
        </button>
      ) : detail.parentClipId ? (
        <p className="hint">{from} a clip that is no longer in the library.</p>
      ) : null}
      {parts.length > 0 ? <StitchedParts parts={parts} /> : null}
      {children.length > 0 ? (
        <>
          <span className="hint">Made from this clip</span>
          <ul className="lineage-children" aria-label="Made from this clip">
            {children.map((child) => (
              <li key={child.id}>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`${madeHow(child)}: ${child.prompt}`}
                  onClick={() => openClip(child)}
                >
                  {madeHow(child)}: “{truncate(child.prompt, 80)}”
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
