import { useTranslation } from '../../i18n';

interface FieldReasonProps {
  id: string;
  children: string;
}

/**
 * Why a control is disabled, led by "Not available:" in the window's language (it is words, so
 * it is drawn, not added by the stylesheet where no translation reaches it).
 */
export function FieldReason({ id, children }: FieldReasonProps) {
  const { t } = useTranslation('composer');
  return (
    <p id={id} className="field-reason">
      <strong className="field-reason-lead">{t('reasonLead')}</strong>
      {children}
    </p>
  );
}
