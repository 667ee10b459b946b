import { useRef, useState } from 'react';
import type { AppError } from '../../../../shared/app-error';
import type { Job } from '../../../../shared/domain';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
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
      title="Download from this host?"
      confirmLabel="Allow for this video"
      onConfirm={() => void onAllow()}
      onCancel={onClose}
      fallbackFocus={JOBS_HEADING_SELECTOR}
    >
      <p>
        The video is made and paid for. Its address is on a host the app does not download from
        unless you allow it:
      </p>
      <p className="dialog-quote mono">{blocked.host}</p>
      <p className="hint">Full address:</p>
      <p className="dialog-quote mono">{blocked.url}</p>
      <p className="hint">
        Allow it only if you trust this host. It is allowed for this video alone; nothing is sent to
        AceData again.
      </p>
      {error ? <ErrorAlert error={error} /> : null}
    </ConfirmDialog>
  );
}
