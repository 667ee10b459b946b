import type { Clip, ClipDetail, ClipSource } from '../../../../shared/domain';
import { truncate } from '../../lib/format';
import { useLibraryStore } from '../../stores/library-store';
import { JoinChainButton } from '../finishing/JoinChainButton';
import { StitchedParts } from '../finishing/StitchedParts';

interface ClipLineageProps {
  detail: ClipDetail;
}

/** How a child came from its parent, in the words its button starts with. */
function madeHow(child: Clip): string {
  // An image→video child of a clip can only have started from one of its frames.
  if (child.action === 'image2video') return 'Continued from a frame';
  return child.action === 'lip-sync' ? 'Lip-sync' : 'Extension';
}

/** What a tool was given, by its role. */
const SOURCE_LABELS: Readonly<Record<ClipSource['role'], string>> = {
  characterImage: 'Character image',
  motionVideo: 'Motion video',
  photo: 'Photo',
  video: 'Video',
  audio: 'Speech audio',
};

/**
 * Where the clip came from (extended, lip-synced, continued from a frame at a time, joined from
 * parts, or a tool's inputs) and what was made from it; each opens that clip, in any project.
 * A clip with a parent can be joined with its whole chain in one step.
 */
export function ClipLineage({ detail }: ClipLineageProps) {
  const openClip = useLibraryStore((state) => state.openClip);
  const { parent, children, parentFrameSec, parts, sources } = detail;
  const empty = children.length === 0 && parts.length === 0 && sources.length === 0;
  if (!parent && !detail.parentClipId && empty) return null;
  const from =
    parentFrameSec !== null
      ? `Continued from the frame at ${parentFrameSec.toFixed(2)} s of`
      : detail.action === 'lip-sync'
        ? 'Lip-synced from'
        : 'Extended from';
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
      {parent ? <JoinChainButton detail={detail} /> : null}
      {parts.length > 0 ? <StitchedParts parts={parts} /> : null}
      {sources.length > 0 ? (
        <ul className="lineage-children" aria-label="Made from">
          {sources.map((source) => (
            <li key={`${source.role}:${source.url}`} className="hint">
              {SOURCE_LABELS[source.role]}: {source.name ? `${source.name} — ` : ''}
              <span className="image-url">{truncate(source.url, 80)}</span>
            </li>
          ))}
        </ul>
      ) : null}
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
