import type { VideoRequest } from '../../../../shared/capabilities';
import { toApiBody } from '../../../../shared/capabilities';
import { estimateCredits } from '../../../../shared/pricing/estimate';
import { creditsText } from './credits';
import { usePriceTable } from './use-pricing';

interface CostEstimateProps {
  request: VideoRequest;
  /** How many submissions one press makes (variants). */
  copies: number;
}

/**
 * What the request will cost before it is sent: credits from the price table (or the
 * person's own rates), for every variant. Updates as the options change.
 */
export function CostEstimate({ request, copies }: CostEstimateProps) {
  const { table, overrides } = usePriceTable();
  const estimate = estimateCredits(request.action, toApiBody(request), table);
  const own = overrides[request.model]?.[request.mode ?? 'std'] !== undefined;
  if (estimate.rate === null)
    return <p className="hint cost-estimate">Cost: no rate for this model and mode</p>;
  const total = estimate.credits * copies;
  const each = copies > 1 ? ` (${copies} × ${creditsText(estimate.credits)})` : '';
  return (
    <p className="hint cost-estimate">
      About {creditsText(total)}
      {each} · {own ? 'at your rates' : 'rough estimate'}
    </p>
  );
}
