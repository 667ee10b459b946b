import { useRef, useState } from 'react';
import type { AppError } from '../../../../shared/app-error';
import { toAppError } from '../../ipc/kling';
import { useJobsStore, type JobsState } from '../../stores/jobs-store';
import type { ToolView } from './tool-draft';

function selectSubmitTool(state: JobsState): JobsState['submitTool'] {
  return state.submitTool;
}

/**
 * Sends the open tool's request once per press. Like Generate for videos, a press while one
 * is in flight does nothing: each submission may cost money.
 */
export function useToolSubmit(view: ToolView) {
  const submitTool = useJobsStore(selectSubmitTool);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const inFlight = useRef(false);

  const generate = async () => {
    if (inFlight.current || view.issues.length > 0) return;
    inFlight.current = true;
    setSubmitting(true);
    setError(null);
    try {
      // One id per press: main turns a press that reaches it twice into one job.
      await submitTool({ ...view.submission, clientRequestId: crypto.randomUUID() });
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  };
  return { generate, submitting, error };
}
