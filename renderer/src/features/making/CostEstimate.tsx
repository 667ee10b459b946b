import type { VideoRequest } from '../../../../shared/capabilities';
import { toApiBody } from '../../../../shared/capabilities';
import { estimateCredits } from '../../../../shared/pricing/estimate';
import { formatNumber, useTranslation } from '../../i18n';
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
  const { t } = useTranslation('making');
  const { table, overrides } = usePriceTable();
  const estimate = estimateCredits(request.action, toApiBody(request), table);
  const own = overrides[request.model]?.[request.mode ?? 'std'] !== undefined;
  if (estimate.rate === null) return <p className="hint cost-estimate">{t('estimate.noRate')}</p>;
  const credits = creditsText(estimate.credits);
  const basis = own ? t('estimate.ownRates') : t('estimate.rough');
  return (
    <p className="hint cost-estimate">
      {copies > 1
        ? t('estimate.copies', {
            total: creditsText(estimate.credits * copies),
            copies: formatNumber(copies),
            credits,
            basis,
          })
        : t('estimate.single', { credits, basis })}
    </p>
  );
}
