import type { ClipDetail } from '../../../../shared/domain';
import { formatBytes, formatDateTime, formatDuration } from '../../lib/format';
import { ACTION_LABELS, MODE_LABELS } from './labels';

interface ClipFactsProps {
  detail: ClipDetail;
}

/** "negative_prompt" → "Negative prompt": the provider's field names, readable. */
function fieldName(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function fieldValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value, null, 1);
}

/**
 * Every parameter the clip was made with — those sent, then the provider's defaults for those
 * left out, marked "(default)" — then what is known about its file.
 */
export function ClipFacts({ detail }: ClipFactsProps) {
  // What was sent, then what the provider filled in for what was left out, each said so.
  const parameters: [string, unknown, boolean][] = [
    ...Object.entries(detail.parameters).map(([k, v]): [string, unknown, boolean] => [k, v, false]),
    ...Object.entries(detail.defaults)
      .filter(([key]) => !Object.hasOwn(detail.parameters, key))
      .map(([k, v]): [string, unknown, boolean] => [k, v, true]),
  ];
  const file: [string, string][] = [
    ['Action', ACTION_LABELS[detail.action]],
    ['Model', detail.model ?? '—'],
    ['Mode', detail.mode ? (MODE_LABELS[detail.mode] ?? detail.mode) : '—'],
    ['Created', formatDateTime(detail.createdAt)],
    ['Submitted', formatDateTime(detail.submittedAt)],
    ['Duration', formatDuration(detail.durationSec)],
    ['Size', formatBytes(detail.sizeBytes)],
    ['Checksum (SHA-256)', detail.sha256],
    ['Task id', detail.taskId],
  ];
  return (
    <>
      <section className="facts" aria-label="Parameters">
        <h4 className="detail-label">Parameters</h4>
        {parameters.length === 0 ? (
          <p className="hint">No parameters were recorded for this clip.</p>
        ) : (
          <dl className="facts-list">
            {parameters.map(([key, value, byDefault]) => (
              <div key={key}>
                <dt>{fieldName(key)}</dt>
                <dd>
                  {fieldValue(value)}
                  {byDefault && <span className="hint"> (default)</span>}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section className="facts" aria-label="File">
        <h4 className="detail-label">File</h4>
        <dl className="facts-list">
          {file.map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd
                className={name.startsWith('Checksum') || name === 'Task id' ? 'mono' : undefined}
              >
                {value}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
