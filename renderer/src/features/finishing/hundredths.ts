import { formatNumber } from '../../i18n';

/**
 * Seconds to the hundredth ("2.04"), as the frame controls, the compare clock and a joined
 * clip's parts show them, written the way the current language writes numbers.
 */
export function hundredths(seconds: number): string {
  return formatNumber(seconds, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
