import { useId } from 'react';
import type { Clip } from '../../../../shared/domain';
import { useLibraryStore } from '../../stores/library-store';

interface ClipRatingProps {
  clip: Clip;
}

const VALUES = [0, 1, 2, 3, 4, 5] as const;

function describe(value: number): string {
  if (value === 0) return 'No rating';
  return value === 1 ? '1 star' : `${value} stars`;
}

/**
 * Native radios in a fieldset, drawn as stars: arrow keys move between them as in any radio
 * group, and "No rating" is a choice of its own rather than a hidden click on a star.
 */
export function ClipRating({ clip }: ClipRatingProps) {
  const updateClip = useLibraryStore((state) => state.updateClip);
  const name = useId();
  return (
    <fieldset className="rating">
      <legend className="detail-label">Rating</legend>
      {VALUES.map((value) => (
        <label
          key={value}
          className={
            value === 0
              ? 'rating-none'
              : value <= clip.rating
                ? 'rating-star rating-on'
                : 'rating-star'
          }
          title={describe(value)}
        >
          <input
            type="radio"
            className="visually-hidden"
            name={name}
            value={value}
            checked={clip.rating === value}
            aria-label={describe(value)}
            onChange={() => void updateClip({ clipId: clip.id, rating: value })}
          />
          <span aria-hidden="true">{value === 0 ? '∅' : '★'}</span>
        </label>
      ))}
    </fieldset>
  );
}
