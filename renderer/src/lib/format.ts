import { formatDateTime as formatDateTimeIn, formatNumber, t } from '../i18n';

/**
 * Display helpers. They only format; every value comes from main. Each reads the language at
 * call time, so a component drawn after a switch writes in the new language.
 */

const BYTE_UNITS = ['kilobytes', 'megabytes', 'gigabytes'] as const;

/** "512 B", "3.0 MB", "1,536 GB": one decimal under 10, none above. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return t('common:format.bytes', { value: formatNumber(bytes) });
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = value < 10 ? 1 : 0;
  return t(`common:format.${BYTE_UNITS[unit] ?? 'gigabytes'}`, {
    value: formatNumber(value, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
  });
}

/** "1:05" style, as video players show it in every language. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return t('common:format.unknown');
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** "42s", "3m 07s", "1h 02m" (Chinese "3分07秒"): short enough for a queue row. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (value: number) => String(value).padStart(2, '0');
  if (hours > 0) return t('common:format.elapsedHours', { hours, minutes: two(minutes) });
  if (minutes > 0) return t('common:format.elapsedMinutes', { minutes, seconds: two(seconds) });
  return t('common:format.elapsedSeconds', { seconds });
}

/** A date and time as the current language writes it; an unreadable string is shown as is. */
export function formatDateTime(iso: string): string {
  return formatDateTimeIn(iso);
}

/** Cuts on a character boundary so an emoji is never split in half. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text.trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
