import { currentLanguage } from './instance';

/**
 * Numbers, dates and durations in the current language (inside `inLanguage`, its language),
 * through `Intl`. Each reads the language at call time, so a switch applies to the next draw.
 */
function locale(): string {
  return currentLanguage();
}

/** "1,234.5" / "1,234.5"; `options` as `Intl.NumberFormat`'s. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale(), options).format(value);
}

/** A date and time as the language writes it; an unreadable ISO string is returned as is. */
export function formatDateTime(iso: string, options?: Intl.DateTimeFormatOptions): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(
    locale(),
    options ?? { dateStyle: 'medium', timeStyle: 'short' },
  ).format(date);
}

/** A list joined as the language does: "a, b or c" / "a、b或c". */
export function formatList(
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return new Intl.ListFormat(locale(), { style: 'long', type }).format(items);
}
