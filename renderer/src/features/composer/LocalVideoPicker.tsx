import { useId, useState } from 'react';
import type { AppError } from '../../../../shared/app-error';
import type { StagedVideo } from '../../../../shared/capabilities/reference-video-file';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber, useTranslation } from '../../i18n';

/** A local video's state, wherever it is kept (the composer's store, a tool form). */
export interface LocalVideoState {
  staged: StagedVideo | null;
  busy: boolean;
  error: AppError | null;
  choose: (file: File) => void;
  /** Called once the person agreed to publish the video. */
  upload: () => void;
  clear: () => void;
}

interface LocalVideoPickerProps {
  video: LocalVideoState;
  /** The first rule the staged video breaks where it is to be used, or null. */
  problem: string | null;
  disabled: boolean;
}

/** Seconds and frame rates to two decimals at most, as the language writes numbers. */
function round(value: number): string {
  return formatNumber(value, { maximumFractionDigits: 2 });
}

/** A size in MB with one decimal. */
function megabytes(bytes: number): string {
  return formatNumber(bytes / (1024 * 1024), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

/**
 * A video from this computer: main reads the file, the rules of where it is used name what
 * does not fit before anything is sent, and only a video that passes can be published (after
 * the same consent as images) to become the video's URL.
 */
export function LocalVideoPicker({ video, problem, disabled }: LocalVideoPickerProps) {
  const id = useId();
  const { t } = useTranslation('composer');
  const [asking, setAsking] = useState(false);
  const staged = video.staged;
  const facts = staged?.facts;

  return (
    <div className="stack local-video">
      <label htmlFor={`${id}-file`}>{t('localVideo.file')}</label>
      <input
        id={`${id}-file`}
        type="file"
        className="input"
        accept="video/mp4,video/quicktime,.mp4,.mov"
        disabled={disabled || video.busy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) video.choose(file);
        }}
      />
      {video.busy ? <p className="hint">{t('localVideo.reading')}</p> : null}
      {staged && facts ? (
        <div className="stack">
          <p id={`${id}-facts`} className="hint">
            {t('localVideo.facts', {
              name: staged.name,
              container: facts.container.toUpperCase(),
              seconds: round(facts.durationSec),
              fps: round(facts.fps),
              width: facts.width,
              height: facts.height,
              size: megabytes(facts.sizeBytes),
            })}
          </p>
          {problem ? (
            <p id={`${id}-problem`} className="field-issue">
              {t('localVideo.problem', { problem })}
            </p>
          ) : null}
          <div className="row row-wrap">
            <button
              type="button"
              className="button button-small"
              disabled={problem !== null || video.busy}
              aria-describedby={problem ? `${id}-problem` : `${id}-facts`}
              onClick={() => setAsking(true)}
            >
              {t('localVideo.upload')}
            </button>
            <button type="button" className="button button-small" onClick={video.clear}>
              {t('localVideo.remove')}
            </button>
          </div>
        </div>
      ) : null}
      {video.error ? <ErrorAlert error={video.error} /> : null}
      {asking ? (
        <ConfirmDialog
          title={t('localVideo.confirmTitle')}
          confirmLabel={t('localVideo.confirm')}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            video.upload();
          }}
        >
          <p>{t('localVideo.why')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
