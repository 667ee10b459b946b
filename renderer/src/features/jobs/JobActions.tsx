import { useLayoutEffect, useRef, useState, type Ref } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Job } from '../../../../shared/domain';
import { isContentRefusal } from '../../../../shared/provider-text';
import { useTranslation } from '../../i18n';
import { truncate } from '../../lib/format';
import { editPrompt } from '../composer/edit-prompt';
import { selectQueueActions, useJobsStore } from '../../stores/jobs-store';
import { AllowHostDialog } from './AllowHostDialog';
import { focusJobsHeading } from './focus';
import { OpenClipButton } from './OpenClipButton';

export interface QueuePlace {
  index: number;
  length: number;
}

interface ActionButtonProps {
  text: string;
  about: string;
  disabled?: boolean;
  onClick: () => void;
  ref?: Ref<HTMLButtonElement>;
}

/** Short visible text; the accessible name adds the prompt, so many rows stay distinct. */
function ActionButton({ text, about, disabled = false, onClick, ref }: ActionButtonProps) {
  const { t } = useTranslation('jobs');
  return (
    <button
      ref={ref}
      type="button"
      className="button button-small"
      aria-label={t('actions.named', { action: text, about })}
      disabled={disabled}
      onClick={onClick}
    >
      {text}
    </button>
  );
}

interface JobActionsProps {
  job: Job;
  place: QueuePlace | null;
}

/** What a person can do with one row, by its state. */
export function JobActions({ job, place }: JobActionsProps) {
  const { t } = useTranslation('jobs');
  const actions = useJobsStore(useShallow(selectQueueActions));
  // A ref, not `disabled`: disabling the button that has focus would throw focus away,
  // and a second press while the first call is out must still do nothing.
  const busy = useRef(false);
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const refocus = useRef<{ button: 'up' | 'down'; from: number } | null>(null);
  const index = place?.index ?? -1;
  const [reviewing, setReviewing] = useState(false);

  // Reordering can move this row in the DOM, which drops focus: once the move has landed,
  // put it back on the same control, or on the other one when the row reached an end.
  useLayoutEffect(() => {
    const wanted = refocus.current;
    if (!wanted || index === wanted.from) return;
    refocus.current = null;
    const [first, other] = wanted.button === 'up' ? [up, down] : [down, up];
    (first.current && !first.current.disabled ? first.current : other.current)?.focus();
  }, [index]);

  const run = async (work: () => Promise<boolean>): Promise<boolean> => {
    if (busy.current) return false;
    busy.current = true;
    try {
      return await work();
    } finally {
      busy.current = false;
    }
  };
  const move = async (by: -1 | 1) => {
    const wanted = { button: by < 0 ? ('up' as const) : ('down' as const), from: index };
    refocus.current = wanted;
    const moved = await run(() => actions.move(job.id, index + by));
    if (!moved && refocus.current === wanted) refocus.current = null;
  };
  // The row leaves this list either way, so focus goes to the section heading.
  const remove = async () => {
    if (await run(() => actions.remove(job.id))) focusJobsHeading();
  };
  const retry = async () => {
    if (await run(() => actions.retry(job.id, false))) focusJobsHeading();
  };
  const about = truncate(job.prompt, 40);

  if (job.state === 'queued' && place) {
    return (
      <div className="job-actions">
        <ActionButton
          about={about}
          ref={up}
          text={t('actions.moveUp')}
          disabled={place.index === 0}
          onClick={() => void move(-1)}
        />
        <ActionButton
          about={about}
          ref={down}
          text={t('actions.moveDown')}
          disabled={place.index >= place.length - 1}
          onClick={() => void move(1)}
        />
        <ActionButton
          about={about}
          text={t('actions.removeFromQueue')}
          onClick={() => void remove()}
        />
      </div>
    );
  }
  const dismiss = (
    <ActionButton about={about} text={t('actions.dismiss')} onClick={() => void remove()} />
  );
  if (job.state === 'failed' && job.error && isContentRefusal(job.error)) {
    // The same request would be refused again: the way on is a changed prompt, not a retry.
    return (
      <div className="job-actions">
        <ActionButton
          about={about}
          text={t('actions.editPrompt')}
          onClick={() => editPrompt(job.prompt)}
        />
        {dismiss}
      </div>
    );
  }
  if (job.state === 'failed') {
    return (
      <div className="job-actions">
        <ActionButton about={about} text={t('actions.retry')} onClick={() => void retry()} />
        {dismiss}
      </div>
    );
  }
  if (job.state === 'unknown') {
    return (
      <div className="job-actions">
        <ActionButton
          about={about}
          text={t('actions.retryAnyway')}
          onClick={() => actions.askRetryAnyway(job.id)}
        />
        {dismiss}
      </div>
    );
  }
  if (job.state === 'succeeded' && job.downloadBlocked) {
    return (
      <div className="job-actions">
        <ActionButton
          about={about}
          text={t('actions.reviewDownload')}
          onClick={() => setReviewing(true)}
        />
        {reviewing ? (
          <AllowHostDialog
            job={job}
            blocked={job.downloadBlocked}
            onClose={() => setReviewing(false)}
          />
        ) : null}
      </div>
    );
  }
  if (job.state !== 'ready') return null;
  return (
    <div className="job-actions">
      {job.clipId ? <OpenClipButton clipId={job.clipId} about={about} /> : null}
      {dismiss}
    </div>
  );
}
