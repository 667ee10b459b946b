import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Job } from '../../../../shared/domain';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useTranslation } from '../../i18n';
import { truncate } from '../../lib/format';
import { selectQueueActions, useJobsStore } from '../../stores/jobs-store';
import { JOBS_HEADING_SELECTOR } from './focus';

interface ConfirmRetryDialogProps {
  job: Job;
}

/** Asks before sending a job whose first request may have reached AceData. */
export function ConfirmRetryDialog({ job }: ConfirmRetryDialogProps) {
  const { t } = useTranslation('jobs');
  const { retry, cancelRetryAnyway } = useJobsStore(useShallow(selectQueueActions));
  // A ref, so a double click cannot send twice; once sent, Cancel would only hide it.
  const sending = useRef(false);
  const cancel = () => {
    if (!sending.current) cancelRetryAnyway();
  };
  const onSend = () => {
    if (sending.current) return;
    sending.current = true;
    // The store closes this dialog when the answer is in; an error shows beside the queue.
    void retry(job.id, true);
  };

  return (
    <ConfirmDialog
      title={t('confirmRetry.title')}
      confirmLabel={t('confirmRetry.confirm')}
      tone="danger"
      onConfirm={onSend}
      onCancel={cancel}
      fallbackFocus={JOBS_HEADING_SELECTOR}
    >
      <p>{t('confirmRetry.body')}</p>
      <p className="hint">{t('confirmRetry.check')}</p>
      <p className="dialog-quote">“{truncate(job.prompt, 140)}”</p>
    </ConfirmDialog>
  );
}
