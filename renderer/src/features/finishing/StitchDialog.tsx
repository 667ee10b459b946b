import { useEffect, useId, useState } from 'react';
import type { AppError } from '../../../../shared/app-error';
import type { Clip } from '../../../../shared/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Modal } from '../../components/Modal';
import { bridge, toAppError } from '../../ipc/kling';
import { formatDuration, truncate } from '../../lib/format';
import { invalidateLibrary } from '../../query/library-queries';
import { useLibraryStore } from '../../stores/library-store';

interface StitchDialogProps {
  /** The clips to join, in the order they will play. */
  clips: readonly Clip[];
  projectId: string;
  /** Moves the clip at `index` by `by` places. */
  onMove: (index: number, by: number) => void;
  onClose: () => void;
}

type Stage =
  { kind: 'ready' } | { kind: 'joining'; fraction: number } | { kind: 'done'; clip: Clip };

/**
 * Joins the picked clips into one new clip of the project, in an order the person sets:
 * progress, cancel, and the new clip to open. Joining copies the encoded video; clips made
 * with different settings cannot be joined that way, and main's refusal says which and why.
 */
export function StitchDialog({ clips, projectId, onMove, onClose }: StitchDialogProps) {
  const titleId = useId();
  const [stage, setStage] = useState<Stage>({ kind: 'ready' });
  const [error, setError] = useState<AppError | null>(null);
  const openClip = useLibraryStore((state) => state.openClip);
  const joining = stage.kind === 'joining';

  useEffect(
    () =>
      bridge.finishing.onProgress(({ fraction }) =>
        setStage((current) =>
          current.kind === 'joining' ? { kind: 'joining', fraction } : current,
        ),
      ),
    [],
  );

  const join = async () => {
    setError(null);
    setStage({ kind: 'joining', fraction: 0 });
    try {
      const clip = await bridge.finishing.stitch({ projectId, clipIds: clips.map((c) => c.id) });
      await invalidateLibrary(projectId);
      setStage({ kind: 'done', clip });
    } catch (caught) {
      setError(toAppError(caught));
      setStage({ kind: 'ready' });
    }
  };
  const cancel = () => void bridge.finishing.cancelStitch().catch(() => undefined);
  const close = () => {
    if (joining) cancel();
    onClose();
  };
  const total = clips.reduce((sum, clip) => sum + (clip.durationSec ?? 0), 0);

  return (
    <Modal labelledBy={titleId} className="dialog-stitch" onClose={close}>
      <h2 id={titleId}>Join {clips.length} clips</h2>
      <p className="hint">
        They play in this order, about {formatDuration(total)} in all. The video is copied as it is,
        never re-encoded, so clips must share codec and picture size; if they do not, the join is
        refused and says which clip differs.
      </p>
      <ol className="stitch-order" aria-label="Order of the clips">
        {clips.map((clip, index) => (
          <li key={clip.id} className="row row-between">
            <span>
              {index + 1}. “{truncate(clip.prompt, 70)}”{' '}
              <span className="hint">{formatDuration(clip.durationSec)}</span>
            </span>
            <span className="row">
              <button
                type="button"
                className="button button-small button-quiet"
                disabled={joining || index === 0}
                aria-label={`Move clip ${index + 1} up`}
                onClick={() => onMove(index, -1)}
              >
                Up
              </button>
              <button
                type="button"
                className="button button-small button-quiet"
                disabled={joining || index === clips.length - 1}
                aria-label={`Move clip ${index + 1} down`}
                onClick={() => onMove(index, 1)}
              >
                Down
              </button>
            </span>
          </li>
        ))}
      </ol>
      {stage.kind === 'joining' ? (
        <label className="stack">
          <span>Joining… {Math.round(stage.fraction * 100)}%</span>
          <progress max={1} value={stage.fraction} />
        </label>
      ) : null}
      {stage.kind === 'done' ? (
        <p role="status">
          Joined into a new clip of {formatDuration(stage.clip.durationSec)}, without re-encoding.
        </p>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
      <div className="row row-end">
        {stage.kind === 'done' ? (
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              openClip(stage.clip);
              onClose();
            }}
          >
            Open the joined clip
          </button>
        ) : joining ? (
          <button type="button" className="button" onClick={cancel}>
            Cancel joining
          </button>
        ) : (
          <>
            <button type="button" className="button button-quiet" onClick={close}>
              Close
            </button>
            <button type="button" className="button button-primary" onClick={() => void join()}>
              Join
            </button>
          </>
        )}
      </div>
    </Modal>
  );
}
