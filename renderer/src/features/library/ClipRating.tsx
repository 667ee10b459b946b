import type { TFunction } from 'i18next';
import { useId } from 'react';
import type { Clip } from '../../../../shared/domain';
import { useTranslation } from '../../i18n';
import { useLibraryStore } from '../../stores/library-store';
import { NO_RATING, STAR_ON } from './symbols';

interface ClipRatingProps {
  clip: Clip;
}

const VALUES = [0, 1, 2, 3, 4, 5] as const;

function describe(t: TFunction<'library'>, value: number): string {
  return value === 0 ? t('rating.none') : t('rating.stars', { count: value });
}

/**
 * Native radios in a fieldset, drawn as stars: arrow keys move between them as in any radio
 * group, and "No rating" is a choice of its own rather than a hidden click on a star.
 */
export function ClipRating({ clip }: ClipRatingProps) {
  const { t } = useTranslation('library');
  const updateClip = useLibraryStore((state) => state.updateClip);
  const name = useId();
  return (
    <fieldset className="rating">
      <legend className="detail-label">{t('rating.legend')}</legend>
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
          title={describe(t, value)}
        >
          <input
            type="radio"
            className="visually-hidden"
            name={name}
            value={value}
            checked={clip.rating === value}
            aria-label={describe(t, value)}
            onChange={() => void updateClip({ clipId: clip.id, rating: value })}
          />
          <span aria-hidden="true">{value === 0 ? NO_RATING : STAR_ON}</span>
        </label>
      ))}
    </fieldset>
  );
}
