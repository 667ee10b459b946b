import { useRef, useState } from 'react';
import type { AppError } from '../../../../shared/app-error';
import { useTranslation } from '../../i18n';
import { toAppError } from '../../ipc/kling';
import { selectSubmit, useJobsStore, type SubmitRequest } from '../../stores/jobs-store';
import { useSelectedProject } from '../../query/use-library';
import { focusJob } from '../jobs/focus';
import { selectVariants, useMakingStore } from '../../stores/making-store';
import type { ComposerView } from './composer-view';

/** A repeat of the same request this soon is the second half of a double click. */
const REPEAT_PRESS_MS = 600;

/** Whether one of these jobs has not reached AceData yet (waiting in the queue or being sent). */
function stillSending(jobIds: readonly string[]): boolean {
  const { byId } = useJobsStore.getState();
  return jobIds.some((id) => byId[id]?.state === 'queued' || byId[id]?.state === 'submitting');
}

/**
 * What Generate sends. An extension names its parent clip and lands in the parent's project;
 * its video id is left to main, which reads it from the library.
 */
export function submission(view: ComposerView, projectId: string | undefined): SubmitRequest {
  const request: SubmitRequest = { ...view.request };
  delete request.videoId;
  const parent = view.inputs.action === 'extend' ? view.inputs.parent : null;
  if (parent) return { ...request, projectId: parent.projectId, parentClipId: parent.id };
  // A still of a library clip: the new clip records where it came from.
  const frameOf =
    view.inputs.action === 'image2video' ? view.inputs.startImage?.frameOf : undefined;
  if (frameOf) request.fromFrame = frameOf;
  return projectId ? { ...request, projectId } : request;
}

export function useGenerate(view: ComposerView) {
  const { t } = useTranslation('studio');
  const submit = useJobsStore(selectSubmit);
  const project = useSelectedProject();
  const variants = useMakingStore(selectVariants);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  // Whether a repeat press was turned away; worded when drawn, so a switch rewords it.
  const [repeated, setRepeated] = useState(false);
  // A ref, not state: two clicks (or Enter plus a click) can land before React re-renders
  // with the button disabled, and each submission may cost the user money.
  const inFlight = useRef(false);
  // The last press that was sent, and its jobs: a double click can finish after the first
  // answer is back, and a press of the same request while its jobs wait to be sent is a repeat.
  const lastPress = useRef<{ at: number; key: string; jobIds: string[] }>({
    at: -Infinity,
    key: '',
    jobIds: [],
  });

  const generate = async () => {
    if (inFlight.current || view.issues.length > 0) return;
    const request = submission(view, project?.id);
    const key = JSON.stringify(request);
    const at = Date.now();
    const last = lastPress.current;
    if (key === last.key && at - last.at < REPEAT_PRESS_MS) return;
    if (key === last.key && stillSending(last.jobIds)) {
      setRepeated(true);
      if (last.jobIds[0]) focusJob(last.jobIds[0]);
      return;
    }
    lastPress.current = { at, key, jobIds: [] };
    inFlight.current = true;
    setSubmitting(true);
    setError(null);
    setRepeated(false);
    try {
      // One id per press and variant: main turns a press that reaches it twice into one job,
      // while each variant is a job (and a clip) of its own.
      const jobs = [];
      for (let copy = 0; copy < variants; copy++)
        jobs.push(await submit({ ...request, clientRequestId: crypto.randomUUID() }));
      lastPress.current.jobIds = jobs.map((job) => job.id);
      // The new job is what matters now: focus goes to it in the jobs strip, which reads it out.
      if (jobs[0]) focusJob(jobs[0].id);
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  };

  return { generate, submitting, error, notice: repeated ? t('generate.alreadySending') : '' };
}
