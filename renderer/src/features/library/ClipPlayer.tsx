import type { Clip } from '../../../../shared/domain';
import { formatBytes, formatDateTime, formatDuration } from '../../lib/format';

interface ClipPlayerProps {
  clip: Clip;
}

export function ClipPlayer({ clip }: ClipPlayerProps) {
  return (
    <article className="player card" aria-label="Selected clip">
      {/* The src is the opaque media URL main gave us; the renderer never builds one. */}
      <video
        key={clip.id}
        aria-label="Clip player"
        className="player-video"
        controls
        preload="metadata"
        src={clip.mediaUrl}
      />
      <p className="player-prompt">{clip.prompt}</p>
      <dl className="details">
        <div>
          <dt>Model</dt>
          <dd>{clip.model}</dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>{formatDateTime(clip.createdAt)}</dd>
        </div>
        <div>
          <dt>Size</dt>
          <dd>{formatBytes(clip.sizeBytes)}</dd>
        </div>
        <div>
          <dt>Duration</dt>
          <dd>{formatDuration(clip.durationSec)}</dd>
        </div>
      </dl>
    </article>
  );
}
