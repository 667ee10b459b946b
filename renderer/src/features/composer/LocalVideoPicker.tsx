import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { referenceVideoFileProblem } from '../../../../shared/capabilities/reference-video-file';
import type { ModelId } from '../../../../shared/models';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { selectLocalVideo, useComposerStore } from '../../stores/composer-store';

interface LocalVideoPickerProps {
  model: ModelId;
  disabled: boolean;
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * A reference video from this computer: main reads the file, the model's rules name what does
 * not fit before anything is sent, and only a video that passes can be published (after the
 * same consent as images) to become the reference video's URL.
 */
export function LocalVideoPicker({ model, disabled }: LocalVideoPickerProps) {
  const video = useComposerStore(useShallow(selectLocalVideo));
  const id = useId();
  const [asking, setAsking] = useState(false);
  const staged = video.localVideo;
  const problem = staged ? referenceVideoFileProblem(staged.facts, model) : null;
  const facts = staged?.facts;

  return (
    <div className="stack local-video">
      <label htmlFor={`${id}-file`}>Or a video file from this computer (MP4 or MOV)</label>
      <input
        id={`${id}-file`}
        type="file"
        className="input"
        accept="video/mp4,video/quicktime,.mp4,.mov"
        disabled={disabled || video.videoBusy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void video.addLocalVideo(file);
        }}
      />
      {video.videoBusy ? <p className="hint">Reading the video…</p> : null}
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
          <div className="row">
            <button
              type="button"
              className="button button-small"
              disabled={problem !== null || video.videoBusy}
              aria-describedby={problem ? `${id}-problem` : `${id}-facts`}
              onClick={() => setAsking(true)}
            >
              Upload and use this video
            </button>
            <button type="button" className="button button-small" onClick={video.clearLocalVideo}>
              Remove the video file
            </button>
          </div>
        </div>
      ) : null}
      {video.videoError ? <ErrorAlert error={video.videoError} /> : null}
      {asking ? (
        <ConfirmDialog
          title="Publish this video?"
          confirmLabel="Upload"
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            void video.uploadLocalVideo();
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
