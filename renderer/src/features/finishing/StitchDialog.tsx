import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/app-error';
import type { Clip } from '../../../../shared/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Modal } from '../../components/Modal';
import { bridge, toAppError } from '../../ipc/kling';
import { formatDuration, truncate } from '../../lib/format';
import { invalidateLibrary } from '../../query/library-queries';
import { useLibraryStore } from '../../stores/library-store';
import { reencodeAndJoin } from './reencode-join';

interface StitchDialogProps {
  /** The clips to join, in the order they will play. */
  clips: readonly Clip[];
  projectId: string;
  /** Moves the clip at `index` by `by` places. */
  onMove: (index: number, by: number) => void;
  onClose: () => void;
}

type Stage =
  | { kind: 'ready' }
  /** `step`: the window re-encoding parts that differ, or main copying packets. */
  | { kind: 'joining'; fraction: number; step: 'reencode' | 'copy' }
  | { kind: 'done'; clip: Clip; reencoded: boolean };

/**
 * Joins the picked clips into one new clip of the project, in an order the person sets:
 * progress, cancel, and the new clip to open. Main first says whether the clips share one
 * set-up; then the encoded video is copied as it is, and only when they differ (codec,
 * picture size, sound) is each re-encoded here first, which the dialog says before joining.
 */
export function StitchDialog({ clips, projectId, onMove, onClose }: StitchDialogProps) {
  const titleId = useId();
  const [stage, setStage] = useState<Stage>({ kind: 'ready' });
  const [error, setError] = useState<AppError | null>(null);
  const openClip = useLibraryStore((state) => state.openClip);
  const joining = stage.kind === 'joining';
  const reencoding = useRef<AbortController | null>(null);
  const clipIds = clips.map((c) => c.id);
  const planQuery = useQuery({
    queryKey: ['join-plan', ...clipIds],
    queryFn: () => bridge.finishing.joinPlan({ clipIds }),
    retry: false,
  });
  const plan = planQuery.data ?? null;
  const planError = planQuery.error ? toAppError(planQuery.error) : null;

  useEffect(
    () =>
      bridge.finishing.onProgress(({ fraction }) =>
        setStage((current) =>
          current.kind === 'joining' && current.step === 'copy'
            ? { kind: 'joining', fraction, step: 'copy' }
            : current,
        ),
      ),
    [],
  );

  const join = async () => {
    setError(null);
    const reencode = plan?.differs ? plan : null;
    setStage({ kind: 'joining', fraction: 0, step: reencode ? 'reencode' : 'copy' });
    try {
      let clip: Clip;
      if (reencode) {
        const controller = new AbortController();
        reencoding.current = controller;
        clip = await reencodeAndJoin(projectId, clips, reencode, {
          signal: controller.signal,
          onProgress: (fraction) =>
            setStage((current) =>
              current.kind === 'joining' && current.step === 'reencode'
                ? { kind: 'joining', fraction, step: 'reencode' }
                : current,
            ),
        });
      } else {
        clip = await bridge.finishing.stitch({ projectId, clipIds });
      }
      await invalidateLibrary(projectId);
      setStage({ kind: 'done', clip, reencoded: reencode !== null });
    } catch (caught) {
      setError(toAppError(caught));
      setStage({ kind: 'ready' });
    } finally {
      reencoding.current = null;
    }
  };
  const cancel = () => {
    reencoding.current?.abort();
    void bridge.finishing.cancelStitch().catch(() => undefined);
  };
  const close = () => {
    if (joining) cancel();
    onClose();
  };
  const total = clips.reduce((sum, clip) => sum + (clip.durationSec ?? 0), 0);

  return (
    <Modal labelledBy={titleId} className="dialog-stitch" onClose={close}>
      <h2 id={titleId}>Join {clips.length} clips</h2>
      <p className="hint">They play in this order, about {formatDuration(total)} in all.</p>
      {plan?.differs ? (
        <p role="note" className="alert">
          These parts differ in {plan.differs} — they will be re-encoded (slower), each fitted into{' '}
          {plan.width} × {plan.height} px.
          {plan.soundDropped ? ' Not every clip has sound, so the joined clip has none.' : ''}
        </p>
      ) : plan ? (
        <p className="hint">
          They share codec and picture size: the video is copied, not re-encoded.
        </p>
      ) : planError ? null : (
        <p className="hint">Checking whether the clips can be joined as they are…</p>
      )}
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
          <span>
            {stage.step === 'reencode' ? 'Re-encoding' : 'Joining'}…{' '}
            {Math.round(stage.fraction * 100)}%
          </span>
          <progress max={1} value={stage.fraction} />
        </label>
      ) : null}
      {stage.kind === 'done' ? (
        <p role="status">
          Joined into a new clip of {formatDuration(stage.clip.durationSec)},{' '}
          {stage.reencoded ? 're-encoded.' : 'without re-encoding.'}
        </p>
      ) : null}
      {error ? <ErrorAlert error={error} /> : planError ? <ErrorAlert error={planError} /> : null}
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
            <button
              type="button"
              className="button button-primary"
              disabled={planQuery.isPending}
              onClick={() => void join()}
            >
              Join
            </button>
          </>
        )}
      </div>
    </Modal>
  );
}
