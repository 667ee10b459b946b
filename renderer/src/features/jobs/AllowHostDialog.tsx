import { useRef, useState } from 'react';
import type { AppError } from '../../../../shared/app-error';
import type { Job } from '../../../../shared/domain';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useTranslation } from '../../i18n';
import { bridge, toAppError } from '../../ipc/kling';
import { JOBS_HEADING_SELECTOR } from './focus';

interface AllowHostDialogProps {
  job: Job;
  blocked: NonNullable<Job['downloadBlocked']>;
  onClose: () => void;
}

/**
 * Shows the exact host and address a finished video waits on, and allows that host for this
 * video alone. Allowing only downloads what was made: nothing is sent to AceData again.
 */
export function AllowHostDialog({ job, blocked, onClose }: AllowHostDialogProps) {
  const { t } = useTranslation('jobs');
  const [error, setError] = useState<AppError | null>(null);
  // A ref, so a double click asks main once.
  const sending = useRef(false);
  const onAllow = async () => {
    if (sending.current) return;
    sending.current = true;
    setError(null);
    try {
      await bridge.jobs.allowDownloadHost({ jobId: job.id, host: blocked.host });
      onClose();
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      sending.current = false;
    }
  };

  return (
    <ConfirmDialog
      title={t('allowHost.title')}
      confirmLabel={t('allowHost.confirm')}
      onConfirm={() => void onAllow()}
      onCancel={onClose}
      fallbackFocus={JOBS_HEADING_SELECTOR}
    >
      <p>{t('allowHost.body')}</p>
      <p className="dialog-quote mono">{blocked.host}</p>
      <p className="hint">{t('allowHost.fullAddress')}</p>
      <p className="dialog-quote mono">{blocked.url}</p>
      <p className="hint">{t('allowHost.trust')}</p>
      {error ? <ErrorAlert error={error} /> : null}
    </ConfirmDialog>
  );
}
