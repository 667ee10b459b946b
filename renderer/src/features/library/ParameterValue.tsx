import type { TFunction } from 'i18next';
import { canonicalModel, MODEL_NAMES } from '../../../../shared/models';
import { truncate } from '../../lib/format';
import { parameterValue } from './parameter-words';

/** Fields whose value is a model id: shown by the name people know, the id beside it. */
const MODEL_KEYS = new Set(['model', 'model_name']);

interface ParameterValueProps {
  t: TFunction<'library'>;
  /** The provider's field name (`mode`, `model`, `cfg_scale`…), which decides the wording. */
  field: string;
  value: unknown;
  /** The provider filled it in because the request left it out: marked "(default)". */
  byDefault?: boolean;
  /** Longer text is cut to this many characters with an ellipsis; whole when absent. */
  maxLength?: number;
}

/**
 * One setting's value as a person reads it, the same wherever a clip's settings are listed: a
 * model by its name with its id beside it ("Kling 3.0 kling-v3"), anything else as
 * `parameterValue` words it, then "(default)" when the provider chose it.
 */
export function ParameterValue({
  t,
  field,
  value,
  byDefault = false,
  maxLength,
}: ParameterValueProps) {
  const model = MODEL_KEYS.has(field) && typeof value === 'string' ? canonicalModel(value) : null;
  const words = parameterValue(t, value, field);
  return (
    <>
      {model ? (
        <>
          {MODEL_NAMES[model]} <span className="hint mono">{model}</span>
        </>
      ) : maxLength === undefined ? (
        words
      ) : (
        truncate(words, maxLength)
      )}
      {byDefault && <span className="hint">{t('facts.byDefault')}</span>}
    </>
  );
}
