import { useQueries } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { isToolKind, type Clip, type ClipDetail } from '../../../../shared/domain';
import { MODEL_NAMES } from '../../../../shared/models';
import { Modal } from '../../components/Modal';
import { useTranslation } from '../../i18n';
import { truncate } from '../../lib/format';
import { parameterName } from '../library/parameter-words';
import { ParameterValue } from '../library/ParameterValue';
import { bridge } from '../../ipc/kling';
import { libraryKeys } from '../../query/library-keys';
import { useLibraryStore } from '../../stores/library-store';
import { frameAt } from './frame-step';
import { hundredths } from './hundredths';
import { settingDifferences } from './setting-differences';
import { useSyncedPlayers } from './use-synced-players';
import { useVideoInfo } from './use-video-info';

/** The favourite mark before the button's words; a symbol, the same in every language. */
const STAR = { on: '★ ', off: '☆ ' } as const;

interface CompareDialogProps {
  /** Two to four clips, in the order picked. */
  clips: readonly Clip[];
  onClose: () => void;
}

/**
 * Takes side by side on one clock (played, paused, sought and scrubbed together), the
 * settings that differ between them, and a favourite picked from here.
 */
export function CompareDialog({ clips, onClose }: CompareDialogProps) {
  const { t } = useTranslation(['finishing', 'common', 'tools']);
  const { t: tl } = useTranslation('library');
  const titleId = useId();
  const sync = useSyncedPlayers();
  const info = useVideoInfo(clips[0]?.id ?? '', clips.length > 0);
  const updateClip = useLibraryStore((state) => state.updateClip);
  const [favourites, setFavourites] = useState(
    () => new Set(clips.filter((c) => c.favourite).map((c) => c.id)),
  );
  const details = useQueries({
    queries: clips.map((clip) => ({
      queryKey: libraryKeys.clip(clip.id),
      queryFn: () => bridge.library.get({ clipId: clip.id }),
    })),
  });
  const loaded = details.map((d) => d.data).filter((d): d is ClipDetail => d !== undefined);
  const differences = loaded.length === clips.length ? settingDifferences(loaded) : null;
  const frameRate = info?.frameRate ?? 0;

  const pick = async (clip: Clip) => {
    const favourite = !favourites.has(clip.id);
    if (await updateClip({ clipId: clip.id, favourite }))
      setFavourites((known) => {
        const next = new Set(known);
        if (favourite) next.add(clip.id);
        else next.delete(clip.id);
        return next;
      });
  };
  const step = (frames: number) => {
    if (!frameRate) return;
    sync.pause();
    const frame = Math.max(0, frameAt(sync.time, frameRate) + frames);
    sync.seek(Math.min(sync.duration, frame / frameRate + 0.001 / frameRate));
  };

  return (
    <Modal labelledBy={titleId} className="dialog-compare" onClose={onClose}>
      <div className="row row-between">
        <h2 id={titleId}>{t('compare.title', { count: clips.length })}</h2>
        <button type="button" className="button button-quiet button-small" onClick={onClose}>
          {t('common:close')}
        </button>
      </div>
      <div
        className="compare-grid"
        style={{ gridTemplateColumns: `repeat(${clips.length}, minmax(0, 1fr))` }}
      >
        {clips.map((clip, index) => (
          <figure key={clip.id} className="compare-take">
            {/* Kling returns no captions or transcript for a clip, so there is no track to offer. */}
            {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
            <video
              ref={sync.register(index)}
              aria-label={t('compare.player', { number: index + 1, prompt: clip.prompt })}
              className="compare-video"
              src={clip.mediaUrl}
              preload="auto"
              // Only the first take is heard: four soundtracks at once help no one.
              muted={index > 0}
              playsInline
              onLoadedMetadata={(event) => sync.setDuration(index, event.currentTarget.duration)}
              onTimeUpdate={index === 0 ? sync.onLeadTime : undefined}
              onSeeked={index === 0 ? sync.onLeadTime : undefined}
              onEnded={index === 0 ? sync.pause : undefined}
            />
            <figcaption className="compare-caption">
              <span className="detail-prompt">{truncate(clip.prompt, 120)}</span>
              <span className="hint">
                {clip.model
                  ? MODEL_NAMES[clip.model]
                  : isToolKind(clip.action)
                    ? t(`tools:name.${clip.action}`)
                    : clip.action}
              </span>
              <button
                type="button"
                className="button button-small"
                aria-pressed={favourites.has(clip.id)}
                onClick={() => void pick(clip)}
              >
                <span aria-hidden="true">{favourites.has(clip.id) ? STAR.on : STAR.off}</span>
                {t('compare.favourite', { number: index + 1 })}
              </button>
            </figcaption>
          </figure>
        ))}
      </div>
      <div className="row row-wrap compare-transport">
        <button
          type="button"
          className="button button-small button-primary"
          onClick={() => void (sync.playing ? sync.pause() : sync.play())}
        >
          {sync.playing ? t('compare.pauseAll') : t('compare.playAll')}
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={!frameRate}
          onClick={() => step(-1)}
        >
          {t('compare.previousFrame')}
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={!frameRate}
          onClick={() => step(1)}
        >
          {t('compare.nextFrame')}
        </button>
        <label className="compare-position">
          <span>{t('compare.position')}</span>
          <input
            type="range"
            min={0}
            max={sync.duration || 0}
            step={0.001}
            value={Math.min(sync.time, sync.duration || 0)}
            onChange={(event) => sync.seek(Number(event.currentTarget.value))}
          />
        </label>
        <span className="frame-time">
          {t('compare.time', {
            time: hundredths(sync.time),
            duration: hundredths(sync.duration),
          })}
        </span>
      </div>
      <section aria-label={t('compare.differences')} className="compare-differences">
        <h3 className="detail-label">{t('compare.differences')}</h3>
        {differences === null ? (
          <p className="hint">{t('compare.reading')}</p>
        ) : differences.length === 0 ? (
          <p>{t('compare.same')}</p>
        ) : (
          <table className="compare-table">
            <thead>
              <tr>
                <th scope="col">{t('compare.setting')}</th>
                {clips.map((clip, index) => (
                  <th key={clip.id} scope="col">
                    {t('compare.take', { number: index + 1 })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {differences.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{parameterName(tl, row.key)}</th>
                  {row.values.map(({ value, byDefault }, index) => (
                    <td key={index}>
                      <ParameterValue
                        t={tl}
                        field={row.key}
                        value={value}
                        byDefault={byDefault}
                        maxLength={200}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </Modal>
  );
}
