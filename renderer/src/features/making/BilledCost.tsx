import type { ClipDetail } from '../../../../shared/domain';
import { estimateCredits } from '../../../../shared/pricing/estimate';
import { formatNumber, useTranslation } from '../../i18n';
import { creditsText } from './credits';
import { usePriceTable } from './use-pricing';

/**
 * What the clip cost: from the seconds AceData billed (`usage.duration`) at the current rates,
 * or, for a clip made before billing was reported, the estimate from what was asked.
 */
export function BilledCost({ detail }: { detail: ClipDetail }) {
  const { t } = useTranslation('making');
  const { table } = usePriceTable();
  const body = { model: detail.model, mode: detail.mode, ...detail.parameters };
  const cost = estimateCredits(detail.action, body, table, detail.billedSec);
  const credits = creditsText(cost.credits);
  if (detail.billedSec === null)
    return <p className="hint">{t('billed.estimated', { credits })}</p>;
  const seconds = formatNumber(detail.billedSec, { maximumFractionDigits: 2 });
  return (
    <p className="hint">
      {cost.rate === null
        ? t('billed.seconds', { seconds })
        : t('billed.atRates', { seconds, credits })}
    </p>
  );
}
