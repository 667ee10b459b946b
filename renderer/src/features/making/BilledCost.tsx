import type { ClipDetail } from '../../../../shared/domain';
import { estimateCredits } from '../../../../shared/pricing/estimate';
import { creditsText } from './credits';
import { usePriceTable } from './use-pricing';

const seconds = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/**
 * What the clip cost: from the seconds AceData billed (`usage.duration`) at the current rates,
 * or, for a clip made before billing was reported, the estimate from what was asked.
 */
export function BilledCost({ detail }: { detail: ClipDetail }) {
  const { table } = usePriceTable();
  const body = { model: detail.model, mode: detail.mode, ...detail.parameters };
  const cost = estimateCredits(detail.action, body, table, detail.billedSec);
  if (cost.rate === null && detail.billedSec !== null)
    return <p className="hint">Billed {seconds.format(detail.billedSec)} s</p>;
  if (detail.billedSec !== null)
    return (
      <p className="hint">
        Billed {seconds.format(detail.billedSec)} s · about {creditsText(cost.credits)} at your
        rates
      </p>
    );
  return (
    <p className="hint">
      About {creditsText(cost.credits)} (estimated: AceData did not report billed seconds)
    </p>
  );
}
