import type { VideoRequest } from '../../../../shared/capabilities';
import { selectVariants, useMakingStore } from '../../stores/making-store';
import { CostEstimate } from './CostEstimate';
import { VariantsSelect } from './VariantsSelect';

/** Beside Generate: how many variants, and what they will cost. */
export function MakingControls({ request }: { request: VideoRequest }) {
  const variants = useMakingStore(selectVariants);
  return (
    <div className="making-controls row row-wrap">
      <VariantsSelect />
      <CostEstimate request={request} copies={variants} />
    </div>
  );
}
