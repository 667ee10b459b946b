import { useRef, useState, type KeyboardEvent } from 'react';
import type { Clip } from '../../../../shared/domain';
import { useTranslation } from '../../i18n';
import { ExtendButton } from '../composer/ExtendButton';
import { FrameControls, stepFrames } from '../finishing/FrameControls';
import { useVideoInfo } from '../finishing/use-video-info';
import { LipSyncButton } from '../tools/LipSyncButton';
import type { ClipNeighbours } from './clip-neighbours';
import { useViewerKeys } from './use-viewer-keys';
import { toggleFullscreen, togglePlay, ViewerControls } from './ViewerControls';

interface ClipPlayerProps {
  clip: Clip;
  /** The clips either side in the results, for ←/→ and the Previous/Next buttons. */
  neighbours: ClipNeighbours;
  onOpen: (clip: Clip) => void;
  onClose: () => void;
}

/**
 * The viewer: the video as large as its column allows, its buttons and keys (Space, ←/→, F,
 * Esc), frame by frame, and the ways to continue it or lip-sync it in the composer.
 */
export function ClipPlayer({ clip, neighbours, onOpen, onClose }: ClipPlayerProps) {
  const { t } = useTranslation('library');
  const video = useRef<HTMLVideoElement>(null);
  const [time, setTime] = useState(0);
  const [playing, setPlaying] = useState(false);
  const missing = clip.status === 'missing';
  const info = useVideoInfo(clip.id, !missing);
  useViewerKeys({
    togglePlay: () => togglePlay(video.current),
    previous: () => neighbours.previous && onOpen(neighbours.previous),
    next: () => neighbours.next && onOpen(neighbours.next),
    fullscreen: () => toggleFullscreen(video.current),
    close: onClose,
  });

  const onKeyDown = (event: KeyboardEvent<HTMLVideoElement>) => {
    // , and . step a frame, as in most editors; the player's own keys keep working.
    const step = event.key === ',' ? -1 : event.key === '.' ? 1 : 0;
    if (step === 0 || !info || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    stepFrames(event.currentTarget, step, info.frameRate);
  };

  return (
    <div className="player">
      {missing ? (
        <p className="player-missing" role="note">
          {t('viewer.missing')}
        </p>
      ) : (
        // The src is the opaque media URL main gave us; the renderer never builds one.
        // Kling returns no captions or transcript for a clip, so there is no track to offer.
        // crossOrigin: a frame drawn from a media-scheme video can then be read back as a PNG.
        // eslint-disable-next-line jsx-a11y/media-has-caption
        <video
          ref={video}
          aria-label={t('viewer.player')}
          aria-keyshortcuts=", ."
          className="player-video"
          controls
          crossOrigin="anonymous"
          preload="metadata"
          poster={clip.posterUrl ?? undefined}
          src={clip.mediaUrl}
          onKeyDown={onKeyDown}
          onPlay={() => setPlaying(true)}
          onPause={() => setPlaying(false)}
          onTimeUpdate={(event) => setTime(event.currentTarget.currentTime)}
          onSeeked={(event) => setTime(event.currentTarget.currentTime)}
        />
      )}
      {missing ? null : (
        <ViewerControls
          video={video}
          playing={playing}
          previous={neighbours.previous}
          next={neighbours.next}
          onOpen={onOpen}
        />
      )}
      {missing ? null : <FrameControls clip={clip} video={video} time={time} />}
      <div className="row">
        <ExtendButton clip={clip} />
        <LipSyncButton clip={clip} />
      </div>
    </div>
  );
}
