import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/app-error';
import type { Clip } from '../../../../shared/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Modal } from '../../components/Modal';
import { formatNumber, useTranslation } from '../../i18n';
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
  const { t } = useTranslation(['finishing', 'common']);
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
      <h2 id={titleId}>{t('join.title', { count: clips.length })}</h2>
      <p className="hint">{t('join.total', { duration: formatDuration(total) })}</p>
      {plan?.differs ? (
        <p role="note" className="alert">
          {t(plan.soundDropped ? 'join.differsNoSound' : 'join.differs', {
            difference: plan.differs,
            width: plan.width,
            height: plan.height,
          })}
        </p>
      ) : plan ? (
        <p className="hint">{t('join.copied')}</p>
      ) : planError ? null : (
        <p className="hint">{t('join.checking')}</p>
      )}
      <ol className="stitch-order" aria-label={t('join.order')}>
        {clips.map((clip, index) => (
          <li key={clip.id} className="row row-between">
            <span>
              {t('join.item', { number: index + 1, prompt: truncate(clip.prompt, 70) })}{' '}
              <span className="hint">{formatDuration(clip.durationSec)}</span>
            </span>
            <span className="row">
              <button
                type="button"
                className="button button-small button-quiet"
                disabled={joining || index === 0}
                aria-label={t('join.moveUp', { number: index + 1 })}
                onClick={() => onMove(index, -1)}
              >
                {t('join.up')}
              </button>
              <button
                type="button"
                className="button button-small button-quiet"
                disabled={joining || index === clips.length - 1}
                aria-label={t('join.moveDown', { number: index + 1 })}
                onClick={() => onMove(index, 1)}
              >
                {t('join.down')}
              </button>
            </span>
          </li>
        ))}
      </ol>
      {stage.kind === 'joining' ? (
        <label className="stack">
          <span>
            {t(stage.step === 'reencode' ? 'join.reencoding' : 'join.joining', {
              percent: formatNumber(stage.fraction, { style: 'percent', maximumFractionDigits: 0 }),
            })}
          </span>
          <progress max={1} value={stage.fraction} />
        </label>
      ) : null}
      {stage.kind === 'done' ? (
        <p role="status">
          {t(stage.reencoded ? 'join.doneReencoded' : 'join.doneCopied', {
            duration: formatDuration(stage.clip.durationSec),
          })}
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
            {t('join.open')}
          </button>
        ) : joining ? (
          <button type="button" className="button" onClick={cancel}>
            {t('join.cancel')}
          </button>
        ) : (
          <>
            <button type="button" className="button button-quiet" onClick={close}>
              {t('common:close')}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={planQuery.isPending}
              onClick={() => void join()}
            >
              {t('join.join')}
            </button>
          </>
        )}
      </div>
    </Modal>
  );
}
