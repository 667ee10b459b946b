import type { TFunction } from 'i18next';
import type { ClipDetail } from '../../../../shared/domain';
import englishLibrary from '../../../../shared/i18n/locales/en/library';
import { useTranslation } from '../../i18n';
import { formatBytes, formatDateTime, formatDuration } from '../../lib/format';
import { formatNumber } from '../../i18n';
import { modeName } from './clip-labels';

interface ClipFactsProps {
  detail: ClipDetail;
}

type KnownField = keyof typeof englishLibrary.facts.fields;

function isAction(value: string): value is keyof typeof englishLibrary.actions {
  return Object.hasOwn(englishLibrary.actions, value);
}

function isKnownField(key: string): key is KnownField {
  return Object.hasOwn(englishLibrary.facts.fields, key);
}

/**
 * "negative_prompt" → "Negative prompt": the provider's field names, readable. A field this
 * version does not know (a newer provider answer) is shown from its own name.
 */
function fieldName(t: TFunction<'library'>, key: string): string {
  if (isKnownField(key)) return t(`facts.fields.${key}`);
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function fieldValue(t: TFunction<'library'>, value: unknown, key?: string): string {
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

/** The file's facts, each with whether its value is an identifier (drawn monospaced). */
function fileFacts(t: TFunction<'library'>, detail: ClipDetail): [string, string, boolean][] {
  return [
    [t('facts.action'), t(`actions.${detail.action}`), false],
    [t('facts.model'), detail.model ?? '—', false],
    [t('facts.mode'), detail.mode ? modeName(t, detail.mode) : '—', false],
    [t('facts.created'), formatDateTime(detail.createdAt), false],
    [t('facts.submitted'), formatDateTime(detail.submittedAt), false],
    [t('facts.duration'), formatDuration(detail.durationSec), false],
    [t('facts.size'), formatBytes(detail.sizeBytes), false],
    [t('facts.checksum'), detail.sha256, true],
    [t('facts.taskId'), detail.taskId, true],
  ];
}

/**
 * Every parameter the clip was made with — those sent, then the provider's defaults for those
 * left out, marked "(default)" — then what is known about its file.
 */
export function ClipFacts({ detail }: ClipFactsProps) {
  const { t } = useTranslation('library');
  // What was sent, then what the provider filled in for what was left out, each said so.
  const parameters: [string, unknown, boolean][] = [
    ...Object.entries(detail.parameters).map(([k, v]): [string, unknown, boolean] => [k, v, false]),
    ...Object.entries(detail.defaults)
      .filter(([key]) => !Object.hasOwn(detail.parameters, key))
      .map(([k, v]): [string, unknown, boolean] => [k, v, true]),
  ];
  return (
    <>
      <section className="facts" aria-label={t('facts.parameters')}>
        <h4 className="detail-label">{t('facts.parameters')}</h4>
        {parameters.length === 0 ? (
          <p className="hint">{t('facts.noParameters')}</p>
        ) : (
          <dl className="facts-list">
            {parameters.map(([key, value, byDefault]) => (
              <div key={key}>
                <dt>{fieldName(t, key)}</dt>
                <dd>
                  {fieldValue(t, value, key)}
                  {byDefault && <span className="hint">{t('facts.byDefault')}</span>}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section className="facts" aria-label={t('facts.file')}>
        <h4 className="detail-label">{t('facts.file')}</h4>
        <dl className="facts-list">
          {fileFacts(t, detail).map(([name, value, code]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd className={code ? 'mono' : undefined}>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
