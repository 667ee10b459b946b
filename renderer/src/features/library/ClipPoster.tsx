import { useState } from 'react';
import type { Clip } from '../../../../shared/domain';
import { usePosterFor } from './poster-queue';

interface ClipPosterProps {
  clip: Clip;
}

/** The clip's poster, or a neutral placeholder while there is none (or it failed to load). */
export function ClipPoster({ clip }: ClipPosterProps) {
  usePosterFor(clip);
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const url = clip.posterUrl;
  if (!url || url === failedUrl) {
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
