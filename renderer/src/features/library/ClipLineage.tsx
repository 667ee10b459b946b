import type { ClipDetail } from '../../../../shared/domain';
import { truncate } from '../../lib/format';
import { useLibraryStore } from '../../stores/library-store';

interface ClipLineageProps {
  detail: ClipDetail;
}

/** Where the clip came from and what was made from it; each opens that clip, in any project. */
export function ClipLineage({ detail }: ClipLineageProps) {
  const openClip = useLibraryStore((state) => state.openClip);
  const { parent, children } = detail;
  if (!parent && !detail.parentClipId && children.length === 0) return null;
  return (
    <div className="lineage">
      <span className="detail-label">Lineage</span>
      {parent ? (
        <button
          type="button"
          className="link-button"
          aria-label={`Extended from: ${parent.prompt}`}
          onClick={() => openClip(parent)}
        >
          Extended from: “{truncate(parent.prompt, 80)}”
        </button>
      ) : detail.parentClipId ? (
        <p className="hint">Extended from a clip that is no longer in the library.</p>
      ) : null}
      {children.length > 0 ? (
        <>
          <span className="hint">Extensions</span>
          <ul className="lineage-children" aria-label="Extensions">
            {children.map((child) => (
              <li key={child.id}>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Extension: ${child.prompt}`}
                  onClick={() => openClip(child)}
                >
                  “{truncate(child.prompt, 80)}”
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
