import type { StitchedPart } from '../../../../shared/domain';
import { truncate } from '../../lib/format';
import { cachedClip } from '../../query/library-queries';
import { useLibraryStore } from '../../stores/library-store';

/** A joined clip's parts, in the order they play, each with where it starts and ends. */
export function StitchedParts({ parts }: { parts: readonly StitchedPart[] }) {
  const openClip = useLibraryStore((state) => state.openClip);
  return (
    <>
      <span className="hint">Joined from, without re-encoding</span>
      <ol className="lineage-children" aria-label="Joined from">
        {parts.map((part, index) => {
          const span = `${part.startSec.toFixed(2)}–${(part.startSec + part.durationSec).toFixed(2)} s`;
          const clip = cachedClip(part.clipId);
          const label = `Part ${index + 1}, ${span}: ${part.prompt}`;
          return (
            <li key={`${part.clipId}-${index}`}>
              {clip ? (
                <button
                  type="button"
                  className="link-button"
                  aria-label={label}
                  onClick={() => openClip(clip)}
                >
                  {span}: “{truncate(part.prompt, 80)}”
                </button>
              ) : (
                <span className="hint">
                  {span}: “{truncate(part.prompt, 80)}”
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
