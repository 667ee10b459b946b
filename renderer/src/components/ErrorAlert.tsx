import type { AppErrorInfo } from '../../../shared/domain';
import { useTranslation } from '../i18n';

interface ErrorAlertProps {
  error: Pick<AppErrorInfo, 'message' | 'traceId'>;
}

/** An error from main, with the provider's trace id so support can find the request. */
export function ErrorAlert({ error }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="alert alert-error">
      <p>{error.message}</p>
      {error.traceId ? <p className="trace-id">{t('traceId', { id: error.traceId })}</p> : null}
    </div>
  );
}
