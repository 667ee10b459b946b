import { useState } from 'react';
import type { AppError } from '../../../../shared/app-error';
import { useTranslation } from '../../i18n';
import { toAppError } from '../../ipc/kling';
import { openJobClip } from './open-job-clip';

interface OpenClipButtonProps {
  clipId: string;
  /** The job's prompt, shortened: many finished jobs can offer the same button. */
  about: string;
  className?: string;
}

/** "Open clip" for a finished job: shows its clip in the library's viewer. */
export function OpenClipButton({
  clipId,
  about,
  className = 'button button-small',
}: OpenClipButtonProps) {
  const { t } = useTranslation('jobs');
  const [error, setError] = useState<AppError | null>(null);
  const open = async () => {
    setError(null);
    try {
      await openJobClip(clipId);
    } catch (caught) {
      setError(toAppError(caught));
    }
  };
  return (
    <>
      <button
        type="button"
        className={className}
        aria-label={t('openClip.named', { about })}
        onClick={() => void open()}
      >
        {t('openClip.button')}
      </button>
      {error ? (
        <span role="alert" className="job-error">
          {t('openClip.failed', { message: error.message })}
        </span>
      ) : null}
    </>
  );
}
