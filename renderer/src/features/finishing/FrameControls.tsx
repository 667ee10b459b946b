import { useState, type RefObject } from 'react';
import type { AppError } from '../../../../shared/app-error';
import type { Clip } from '../../../../shared/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useTranslation } from '../../i18n';
import { toAppError } from '../../ipc/kling';
import { continueFromFrame } from './continue-from-frame';
import { frameAt, stepTime } from './frame-step';
import { hundredths } from './hundredths';
import { useVideoInfo } from './use-video-info';

interface FrameControlsProps {
  clip: Clip;
  video: RefObject<HTMLVideoElement | null>;
  /** Seconds the player shows, as it last reported. */
  time: number;
}

/** Moves the player `step` frames (negative: back); the player must know its frame rate. */
export function stepFrames(video: HTMLVideoElement, step: number, frameRate: number): void {
  video.pause();
  const duration = Number.isFinite(video.duration) ? video.duration : 0;
  video.currentTime = stepTime(video.currentTime, step, frameRate, duration);
}

/**
 * Frame by frame under the player (buttons, and , . on the player itself), the frame's time
 * and number, and "Continue from this frame".
 */
export function FrameControls({ clip, video, time }: FrameControlsProps) {
  const { t } = useTranslation('finishing');
  const info = useVideoInfo(clip.id);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  // The time of the frame kept, drawn as words at render so a language switch redraws them.
  const [keptAt, setKeptAt] = useState<number | null>(null);

  const step = (frames: number) => {
    if (video.current && info) stepFrames(video.current, frames, info.frameRate);
  };
  const onContinue = async () => {
    if (!video.current || busy) return;
    setBusy(true);
    setError(null);
    setKeptAt(null);
    try {
      const at = await continueFromFrame(clip, video.current);
      setKeptAt(at);
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="frame-controls">
      <div className="row row-wrap">
        <button
          type="button"
          className="button button-small"
          disabled={!info}
          aria-keyshortcuts=","
          onClick={() => step(-1)}
        >
          <span aria-hidden="true">‹ </span>
          {t('frame.previous')}
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={!info}
          aria-keyshortcuts="."
          onClick={() => step(1)}
        >
          {t('frame.next')}
          <span aria-hidden="true"> ›</span>
        </button>
        <span className="frame-time" aria-live="off">
          {info
            ? t('frame.at', { time: hundredths(time), frame: frameAt(time, info.frameRate) + 1 })
            : t('seconds', { value: hundredths(time) })}
        </span>
        <button
          type="button"
          className="button button-small"
          disabled={busy}
          onClick={() => void onContinue()}
        >
          {busy ? t('frame.keeping') : t('frame.continue')}
        </button>
      </div>
      <p role="status" className="detail-notice">
        {keptAt === null ? '' : t('frame.kept', { time: hundredths(keptAt) })}
      </p>
      {error ? <ErrorAlert error={error} /> : null}
    </div>
  );
}
