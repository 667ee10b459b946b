import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { ClipDetail } from '../../../../shared/domain';
import { useTranslation } from '../../i18n';
import { formatBytes, formatDateTime, formatDuration } from '../../lib/format';
import { madeWith } from './made-with';
import { parameterName } from './parameter-words';
import { ParameterValue } from './ParameterValue';

interface ClipFactsProps {
  detail: ClipDetail;
}

interface FileFact {
  name: string;
  value: ReactNode;
  /** An identifier, drawn monospaced. */
  code: boolean;
}

/** The file's facts; its model and mode worded as the parameters above word them. */
function fileFacts(t: TFunction<'library'>, detail: ClipDetail): FileFact[] {
  const setting = (key: 'model' | 'mode', recorded: string | null) => (
    <ParameterValue t={t} field={key} {...madeWith(detail, key, recorded)} />
  );
  return [
    { name: t('facts.action'), value: t(`actions.${detail.action}`), code: false },
    { name: t('facts.model'), value: setting('model', detail.model), code: false },
    { name: t('facts.mode'), value: setting('mode', detail.mode), code: false },
    { name: t('facts.created'), value: formatDateTime(detail.createdAt), code: false },
    { name: t('facts.submitted'), value: formatDateTime(detail.submittedAt), code: false },
    { name: t('facts.duration'), value: formatDuration(detail.durationSec), code: false },
    { name: t('facts.size'), value: formatBytes(detail.sizeBytes), code: false },
    { name: t('facts.checksum'), value: detail.sha256, code: true },
    { name: t('facts.taskId'), value: detail.taskId, code: true },
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
                  <ParameterValue t={t} field={key} value={value} byDefault={byDefault} />
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section className="facts" aria-label={t('facts.file')}>
        <h4 className="detail-label">{t('facts.file')}</h4>
        <dl className="facts-list">
          {fileFacts(t, detail).map(({ name, value, code }) => (
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
