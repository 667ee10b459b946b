import { useId, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Job } from '../../../../shared/domain';
import { truncate } from '../../lib/format';
import { useDialogFocus } from '../../lib/use-dialog-focus';
import { selectQueueActions, useJobsStore } from '../../stores/jobs-store';
import { JOBS_HEADING_SELECTOR } from './focus';

interface ConfirmRetryDialogProps {
  job: Job;
}

/**
 * Asks before sending a job whose first request may have reached AceData. Focus starts on
 * Cancel, the choice that cannot cost money.
 */
export function ConfirmRetryDialog({ job }: ConfirmRetryDialogProps) {
  const { retry, cancelRetryAnyway } = useJobsStore(useShallow(selectQueueActions));
  // A ref, so a double click cannot send twice; once sent, Cancel would only hide it.
  const sending = useRef(false);
  const cancel = () => {
    if (!sending.current) cancelRetryAnyway();
  };
  const dialogRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const onKeyDown = useDialogFocus(dialogRef, cancelRef, cancel, JOBS_HEADING_SELECTOR);

  const onSend = async () => {
    if (sending.current) return;
    sending.current = true;
    // The store closes this dialog when the answer is in; an error shows beside the queue.
    await retry(job.id, true);
  };

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialogRef}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        className="dialog"
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>Send this job again?</h2>
        <div id={bodyId} className="stack">
          <p>
            AceData may already be making this video: the first request may have reached it before
            the connection broke. A retry may charge you twice.
          </p>
          <p className="hint">Check your AceData usage first if you can.</p>
        </div>
        <p className="dialog-quote">“{truncate(job.prompt, 140)}”</p>
        <div className="row row-end">
          <button ref={cancelRef} type="button" className="button button-quiet" onClick={cancel}>
            Cancel
          </button>
          <button type="button" className="button button-danger" onClick={onSend}>
            Send again
          </button>
        </div>
      </div>
    </div>
  );
}
