import type { TFunction } from 'i18next';
import type { ClipDetail } from '../../../../shared/domain';
import { useTranslation } from '../../i18n';
import { formatBytes, formatDateTime, formatDuration } from '../../lib/format';
import { modeName } from './clip-labels';
import { parameterName, parameterValue } from './parameter-words';

interface ClipFactsProps {
  detail: ClipDetail;
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
                <dt>{parameterName(t, key)}</dt>
                <dd>
                  {parameterValue(t, value, key)}
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
