import { useId } from 'react';
import {
  VARIANT_COUNTS,
  selectSetVariants,
  selectVariants,
  useMakingStore,
  type VariantCount,
} from '../../stores/making-store';
import { useTranslation } from '../../i18n';

/** ×1–×4: how many separate jobs (and clips) one press of Generate makes of the request. */
export function VariantsSelect() {
  const { t } = useTranslation('making');
  const variants = useMakingStore(selectVariants);
  const setVariants = useMakingStore(selectSetVariants);
  const id = useId();
  return (
    <span className="variants-select">
      <label htmlFor={id}>{t('variants.label')}</label>
      <select
        id={id}
        className="input input-small"
        value={variants}
        onChange={(event) => setVariants(Number(event.target.value) as VariantCount)}
      >
        {VARIANT_COUNTS.map((count) => (
          <option key={count} value={count}>
            {t('variants.option', { count })}
          </option>
        ))}
      </select>
    </span>
  );
}
