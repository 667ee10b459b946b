import type { InputImage } from '../../../../shared/domain';
import { useTranslation } from '../../i18n';

interface ClipInputsProps {
  inputs: readonly InputImage[];
}

/**
 * The pictures a clip was made from: a thumbnail of the local copy each was uploaded from, or,
 * when none is kept here, its address and a note saying so. Remote addresses are never loaded
 * (the window's CSP forbids it, and the provider's links expire).
 */
export function ClipInputs({ inputs }: ClipInputsProps) {
  const { t } = useTranslation('studio');
  if (inputs.length === 0) return null;
  return (
    <section className="facts clip-inputs" aria-label={t('inputs.title')}>
      <h4 className="detail-label">{t('inputs.title')}</h4>
      <ul className="clip-inputs-list">
        {inputs.map((input) => (
          <li key={`${input.role}:${input.url}`} className="clip-input">
            {input.previewUrl ? (
              <img
                className="clip-input-thumb"
                src={input.previewUrl}
                alt={t(`inputs.roles.${input.role}`)}
                title={input.url}
              />
            ) : null}
            <div className="clip-input-text">
              <span className="clip-input-role">{t(`inputs.roles.${input.role}`)}</span>
              <span className="mono clip-input-url">{input.url}</span>
              {input.previewUrl ? null : <span className="hint">{t('inputs.notKept')}</span>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
