import type { RefObject } from 'react';
import type { Clip } from '../../../../shared/domain';
import { useTranslation } from '../../i18n';
import { truncate } from '../../lib/format';

interface ViewerControlsProps {
  video: RefObject<HTMLVideoElement | null>;
  playing: boolean;
  previous: Clip | null;
  next: Clip | null;
  onOpen: (clip: Clip) => void;
}

/** Plays or pauses the viewer's video; a rejected play (no source yet) changes nothing. */
export function togglePlay(video: HTMLVideoElement | null): void {
  if (!video) return;
  if (video.paused) void video.play().catch(() => undefined);
  else video.pause();
}

/** Shows the video full screen, or leaves full screen when something already is. */
export function toggleFullscreen(video: HTMLVideoElement | null): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void video?.requestFullscreen().catch(() => undefined);
}

/**
 * The viewer is drawn anew for each clip, so the button pressed is gone: focus goes to the same
 * button in the new viewer, or to the other step button when this end of the results is reached.
 */
function keepFocus(step: 'previous' | 'next'): void {
  requestAnimationFrame(() => {
    const other = step === 'previous' ? 'next' : 'previous';
    const find = (name: string) =>
      document.querySelector<HTMLButtonElement>(`[data-viewer-step="${name}"]:not(:disabled)`);
    (find(step) ?? find(other))?.focus();
  });
}

/** Previous or next clip: the same button either way, with its own arrow key and label. */
function StepButton({
  step,
  clip,
  onOpen,
}: {
  step: 'previous' | 'next';
  clip: ViewerControlsProps['previous'];
  onOpen: ViewerControlsProps['onOpen'];
}) {
  const { t } = useTranslation('library');
  return (
    <button
      type="button"
      className="button button-small"
      aria-keyshortcuts={step === 'previous' ? 'ArrowLeft' : 'ArrowRight'}
      disabled={!clip}
      title={clip ? truncate(clip.prompt, 80) : undefined}
      data-viewer-step={step}
      onClick={() => {
        if (!clip) return;
        onOpen(clip);
        keepFocus(step);
      }}
    >
      {step === 'previous' ? (
        <>
          <span aria-hidden="true">←</span> {t('viewer.previous')}
        </>
      ) : (
        <>
          {t('viewer.next')} <span aria-hidden="true">→</span>
        </>
      )}
    </button>
  );
}

/**
 * The viewer's buttons, each with the key that does the same (announced with
 * aria-keyshortcuts): previous clip, play/pause, next clip, full screen.
 */
export function ViewerControls({ video, playing, previous, next, onOpen }: ViewerControlsProps) {
  const { t } = useTranslation('library');
  return (
    <div className="viewer-controls" role="group" aria-label={t('viewer.group')}>
      <StepButton step="previous" clip={previous} onOpen={onOpen} />
      <button
        type="button"
        className="button button-small viewer-play"
        aria-keyshortcuts="Space"
        onClick={() => togglePlay(video.current)}
      >
        {playing ? t('viewer.pause') : t('viewer.play')}
      </button>
      <StepButton step="next" clip={next} onOpen={onOpen} />
      <button
        type="button"
        className="button button-small"
        aria-keyshortcuts="F"
        onClick={() => toggleFullscreen(video.current)}
      >
        {t('viewer.fullScreen')}
      </button>
    </div>
  );
}
