import type { Clip } from '../../../../shared/domain';
import { ExtendButton } from '../composer/ExtendButton';

interface ClipPlayerProps {
  clip: Clip;
}

/** The video itself, and the way to continue it in the composer. */
export function ClipPlayer({ clip }: ClipPlayerProps) {
  return (
    <div className="player">
      {clip.status === 'missing' ? (
        <p className="player-missing" role="note">
          This clip's video is no longer in the project folder. Its settings and notes are still
          here; put the file back, or make it again from these settings.
        </p>
      ) : (
        // The src is the opaque media URL main gave us; the renderer never builds one.
        // Kling returns no captions or transcript for a clip, so there is no track to offer.
        // eslint-disable-next-line jsx-a11y/media-has-caption
        <video
          aria-label="Clip player"
          className="player-video"
          controls
          preload="metadata"
          poster={clip.posterUrl ?? undefined}
          src={clip.mediaUrl}
        />
      )}
      <div className="row">
        <ExtendButton clip={clip} />
      </div>
    </div>
  );
}
