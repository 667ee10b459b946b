import { useId, useState } from 'react';
import type { AppError } from '../../../../shared/app-error';
import type { StagedVideo } from '../../../../shared/capabilities/reference-video-file';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';

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

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * A video from this computer: main reads the file, the rules of where it is used name what
 * does not fit before anything is sent, and only a video that passes can be published (after
 * the same consent as images) to become the video's URL.
 */
export function LocalVideoPicker({ video, problem, disabled }: LocalVideoPickerProps) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const staged = video.staged;
  const facts = staged?.facts;

  return (
    <div className="stack local-video">
      <label htmlFor={`${id}-file`}>Or a video file from this computer (MP4 or MOV)</label>
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
      {video.busy ? <p className="hint">Reading the video…</p> : null}
      {staged && facts ? (
        <div className="stack">
          <p id={`${id}-facts`} className="hint">
            {`${staged.name}: ${facts.container.toUpperCase()}, ${round(facts.durationSec)} s, ${round(facts.fps)} fps, ${facts.width} × ${facts.height} px, ${(facts.sizeBytes / (1024 * 1024)).toFixed(1)} MB`}
          </p>
          {problem ? (
            <p id={`${id}-problem`} className="field-issue">
              {`${problem}.`}
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
              Upload and use this video
            </button>
            <button type="button" className="button button-small" onClick={video.clear}>
              Remove the video file
            </button>
          </div>
        </div>
      ) : null}
      {video.error ? <ErrorAlert error={video.error} /> : null}
      {asking ? (
        <ConfirmDialog
          title="Publish this video?"
          confirmLabel="Upload"
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            video.upload();
          }}
        >
          <p>
            Kling needs the video at a public address, so it is uploaded to AceData&apos;s CDN,
            where anyone with the link can see it.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
