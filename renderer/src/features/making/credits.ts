import { formatNumber, t } from '../../i18n';

/** "35 credits", "1 credit": a figure as the window shows it, in the current language. */
export function creditsText(credits: number): string {
  return t('making:credits', {
    count: credits,
    value: formatNumber(credits, { maximumFractionDigits: 0 }),
  });
}
