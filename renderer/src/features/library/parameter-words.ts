import type { TFunction } from 'i18next';
import englishLibrary from '../../../../shared/i18n/locales/en/library';
import { formatNumber } from '../../i18n';
import { modeName } from './clip-labels';

type KnownField = keyof typeof englishLibrary.facts.fields;

function isAction(value: string): value is keyof typeof englishLibrary.actions {
  return Object.hasOwn(englishLibrary.actions, value);
}

function isKnownField(key: string): key is KnownField {
  return Object.hasOwn(englishLibrary.facts.fields, key);
}

/**
 * "negative_prompt" → "Negative prompt": a provider field name (as sent and kept in the
 * sidecar), readable in the current language. A field this version does not know (a newer
 * provider answer) is shown from its own name.
 */
export function parameterName(t: TFunction<'library'>, key: string): string {
  if (isKnownField(key)) return t(`facts.fields.${key}`);
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A parameter's value as a person reads it: the mode and action by the names the composer
 * gives them, a duration in seconds, a switch as Yes/No; '—' when there is none. Other
 * text is shown as sent and anything structured as indented JSON.
 */
export function parameterValue(t: TFunction<'library'>, value: unknown, key?: string): string {
  if (value === null || value === undefined || value === '') return '—';
  // The values people choose by name in the composer read as those names, not the wire's ids.
  if (key === 'mode' && typeof value === 'string') return modeName(t, value);
  if (key === 'action' && typeof value === 'string' && isAction(value))
    return t(`actions.${value}`);
  if (key === 'duration' && (typeof value === 'number' || /^\d+(\.\d+)?$/.test(String(value))))
    return t('facts.seconds', { value: formatNumber(Number(value)) });
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? t('facts.yes') : t('facts.no');
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value, null, 1);
}
