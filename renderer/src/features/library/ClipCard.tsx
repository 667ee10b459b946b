import type { Clip } from '../../../../shared/domain';
import { formatDuration, truncate } from '../../lib/format';

interface ClipCardProps {
  clip: Clip;
  selected: boolean;
  onSelect: () => void;
}

export function ClipCard({ clip, selected, onSelect }: ClipCardProps) {
  return (
    <button
      type="button"
      className="clip-card"
      aria-label={`Play clip: ${clip.prompt}`}
      aria-pressed={selected}
      onClick={onSelect}
    >
      <span className="clip-thumb" aria-hidden="true">
        <span className="clip-play">▶</span>
        <span className="clip-duration">{formatDuration(clip.durationSec)}</span>
      </span>
      <span className="clip-prompt">{truncate(clip.prompt, 80)}</span>
      <span className="clip-model">{clip.model}</span>
    </button>
  );
}
