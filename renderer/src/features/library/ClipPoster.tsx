import { useState } from 'react';
import type { Clip } from '../../../../shared/domain';
import { usePosterGate } from './poster-gate';
import { usePosterFor } from './poster-queue';

interface ClipPosterProps {
  clip: Clip;
}

/** The clip's poster, or a neutral placeholder while there is none (or it failed to load). */
export function ClipPoster({ clip }: ClipPosterProps) {
  usePosterFor(clip);
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  // A card that came on screen during a fast fling waits for it to slow down; once shown,
  // its poster stays, so nothing flickers when the gate closes again.
  const gateOpen = usePosterGate();
  const [revealed, setRevealed] = useState(gateOpen);
  if (gateOpen && !revealed) setRevealed(true);
  const url = clip.posterUrl;
  if (!url || url === failedUrl || !revealed) {
    return (
      <span className="clip-placeholder" aria-hidden="true">
        ▶
      </span>
    );
  }
  return (
    <img
      className="clip-poster"
      src={url}
      alt=""
      decoding="async"
      draggable={false}
      onError={() => setFailedUrl(url)}
    />
  );
}
