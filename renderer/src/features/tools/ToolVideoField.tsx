import { useState } from 'react';
import type { AppError } from '../../../../shared/app-error';
import type { StagedVideo } from '../../../../shared/capabilities/reference-video-file';
import { toolVideoFileProblem, type ToolVideoUse } from '../../../../shared/tools';
import { bridge, toAppError } from '../../ipc/kling';
import type { ToolVideoFile } from '../../stores/tools-store';
import { LocalVideoPicker } from '../composer/LocalVideoPicker';

interface ToolVideoFieldProps {
  /** Which tool the video is for: its limits are the ones named and checked. */
  use: ToolVideoUse;
  /** The video was published: its URL becomes the tool's video URL. */
  onUploaded: (url: string, file: ToolVideoFile) => void;
}

/**
 * A tool's video from this computer: main reads it, the tool's own limits are named before
 * anything is sent, and a video that passes is published after the consent (checked again by
 * main against the same limits).
 */
export function ToolVideoField({ use, onUploaded }: ToolVideoFieldProps) {
  const [staged, setStaged] = useState<StagedVideo | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <LocalVideoPicker
      video={{
        staged,
        busy,
        error,
        choose: (file) =>
          void run(async () => {
            setStaged(null);
            setStaged(await bridge.references.addDroppedVideo(file));
          }),
        upload: () =>
          void run(async () => {
            if (!staged) return;
            await bridge.images.consent({ accepted: true });
            const { url } = await bridge.tools.uploadVideo({ videoId: staged.id, use });
            onUploaded(url, { name: staged.name, facts: staged.facts });
            setStaged(null);
          }),
        clear: () => {
          setStaged(null);
          setError(null);
        },
      }}
      problem={staged ? toolVideoFileProblem(staged.facts, use) : null}
      disabled={false}
    />
  );
}
