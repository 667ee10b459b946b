import { useId } from 'react';
import {
  VARIANT_COUNTS,
  selectSetVariants,
  selectVariants,
  useMakingStore,
  type VariantCount,
} from '../../stores/making-store';

/** ×1–×4: how many separate jobs (and clips) one press of Generate makes of the request. */
export function VariantsSelect() {
  const variants = useMakingStore(selectVariants);
  const setVariants = useMakingStore(selectSetVariants);
  const id = useId();
  return (
    <span className="variants-select">
      <label htmlFor={id}>Variants</label>
      <select
        id={id}
        className="input input-small"
        value={variants}
        onChange={(event) => setVariants(Number(event.target.value) as VariantCount)}
      >
        {VARIANT_COUNTS.map((count) => (
          <option key={count} value={count}>
            ×{count}
          </option>
        ))}
      </select>
    </span>
  );
}
