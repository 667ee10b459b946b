import { memo, useId } from 'react';
import { isToolKind, type Clip } from '../../../../shared/domain';
import { MODEL_NAMES } from '../../../../shared/models';
import { useTranslation } from '../../i18n';
import { formatDuration, truncate } from '../../lib/format';
import { ClipPoster } from './ClipPoster';
import { STAR_OFF, STAR_ON } from './symbols';

interface ClipCardProps {
  clip: Clip;
  selected: boolean;
  /** Picked for comparing or joining (several at once, unlike `selected`). */
  picked: boolean;
  onOpen: (clip: Clip) => void;
  onFavourite: (clip: Clip) => void;
  onPick: (clip: Clip) => void;
}

/**
 * One clip in the gallery: opening it and starring it are two separate buttons, side by
 * side, since a button inside a button is neither valid nor reachable by keyboard.
 * Memoised: scrolling re-renders rows, and most cards in them have not changed.
 */
export const ClipCard = memo(function ClipCard({
  clip,
  selected,
  picked,
  onOpen,
  onFavourite,
  onPick,
}: ClipCardProps) {
  const { t } = useTranslation('library');
  const missingId = useId();
  const missing = clip.status === 'missing';
  return (
    <div className="clip-card" data-selected={selected || undefined}>
      {/* Only the poster and the prompt are inside the button, so what it shows is what its
          name says ("Play clip: <prompt>"); the model and the missing-file badge are drawn
          over the card beside it, the badge read as the button's description. */}
      <button
        type="button"
        className="clip-open"
        aria-label={t('card.play', { prompt: clip.prompt })}
        aria-pressed={selected}
        aria-describedby={missing ? missingId : undefined}
        onClick={() => onOpen(clip)}
      >
        <span className="clip-thumb">
          <ClipPoster clip={clip} />
        </span>
        <span className="clip-info">
          {/* The prompt is text from the person or a file: rendered as text, never markup. */}
          <span className="clip-prompt">{truncate(clip.prompt, 140)}</span>
        </span>
      </button>
      {missing ? (
        <span id={missingId} className="clip-badge clip-badge-missing">
          {t('card.missing')}
        </span>
      ) : null}
      {/* A tool's clips say which tool made them; a video's, its model by the name people know
          (as on its placeholder card); the detail gives the id sent. */}
      <span className="clip-model">
        {isToolKind(clip.action)
          ? t(`actions.${clip.action}`)
          : clip.model
            ? MODEL_NAMES[clip.model]
            : null}
      </span>
      {/* Laid over the poster with the poster's own shape, so the duration sits in its corner. */}
      <span className="clip-thumb-overlay" aria-hidden="true">
        <span className="clip-duration">{formatDuration(clip.durationSec)}</span>
      </span>
      <input
        type="checkbox"
        className="clip-pick"
        aria-label={t('card.pick', { prompt: clip.prompt })}
        checked={picked}
        onChange={() => onPick(clip)}
      />
      <button
        type="button"
        className="clip-star"
        aria-label={t('card.favourite', { prompt: clip.prompt })}
        aria-pressed={clip.favourite}
        onClick={() => onFavourite(clip)}
      >
        <span aria-hidden="true">{clip.favourite ? STAR_ON : STAR_OFF}</span>
      </button>
    </div>
  );
});

/** Where a card will be once its page of results has arrived. */
export function ClipCardPlaceholder() {
  return (
    <div className="clip-card clip-card-loading" aria-hidden="true">
      <span className="clip-thumb" />
      <span className="clip-info">
        <span className="skeleton-line" />
        <span className="skeleton-line skeleton-short" />
      </span>
    </div>
  );
}
