import { useEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { useShallow } from 'zustand/react/shallow';
import { REQUEST_LIMITS } from '../../../../shared/capabilities';
import { characterCount } from '../../../../shared/text-length';
import { selectShotActions, useComposerStore, type ShotDraft } from '../../stores/composer-store';
import { formatNumber, useTranslation } from '../../i18n';
import { addShotTarget, rememberShotTarget } from './prompt-target';

interface ShotRowProps {
  shot: ShotDraft;
  /** 1-based, as the shot is numbered in the request. */
  position: number;
  count: number;
  listId: string;
}

/** One shot: its prompt with a counter, its seconds, and buttons to move or remove it. */
export function ShotRow({ shot, position, count, listId }: ShotRowProps) {
  const { moveShot, removeShot, setShot } = useComposerStore(useShallow(selectShotActions));
  const promptRef = useRef<HTMLTextAreaElement>(null);
  const { t } = useTranslation('composer');
  const base = `${listId}-${shot.id}`;
  const max = REQUEST_LIMITS.multiShot.shotPromptMaxChars;
  const length = characterCount(shot.prompt);
  const write = (prompt: string) => setShot(shot.id, { prompt });

  useEffect(() => {
    const element = promptRef.current;
    if (!element) return;
    return addShotTarget({ element, write: (prompt) => setShot(shot.id, { prompt }) });
  }, [setShot, shot.id]);

  // The row moves under the keyboard's focus: focus follows it, to the same button when that
  // is still usable at the new place, else to the other move button.
  const move = (by: -1 | 1) => {
    flushSync(() => moveShot(shot.id, by));
    const same = document.getElementById(`${base}-${by < 0 ? 'up' : 'down'}`);
    const other = document.getElementById(`${base}-${by < 0 ? 'down' : 'up'}`);
    const next = same instanceof HTMLButtonElement && !same.disabled ? same : other;
    next?.focus();
  };

  const counterClass = length > max ? 'counter counter-over' : 'counter';
  return (
    <li className="shot-row">
      <div className="field-head">
        <label htmlFor={`${base}-prompt`}>{t('shotRow.prompt', { position })}</label>
        <span id={`${base}-counter`} className={counterClass}>
          {t('prompt.counter', { length: formatNumber(length), max: formatNumber(max) })}
        </span>
      </div>
      <textarea
        ref={promptRef}
        id={`${base}-prompt`}
        className="input textarea textarea-short"
        rows={2}
        value={shot.prompt}
        aria-describedby={`${base}-counter`}
        onChange={(event) => write(event.target.value)}
        onFocus={(event) => rememberShotTarget({ element: event.currentTarget, write })}
      />
      <div className="shot-controls">
        <input
          id={`${base}-seconds`}
          className="input input-seconds"
          type="number"
          inputMode="numeric"
          min={REQUEST_LIMITS.multiShot.shotMinSeconds}
          step={1}
          value={shot.seconds}
          onChange={(event) => setShot(shot.id, { seconds: event.target.value })}
        />
        {/* Read as "4 seconds" on screen; heard with the shot it belongs to. */}
        <label htmlFor={`${base}-seconds`}>
          <span className="visually-hidden">{t('shotRow.secondsOf', { position })} </span>
          {t('shotRow.seconds')}
        </label>
        <button
          id={`${base}-up`}
          type="button"
          className="button button-small shot-first-button"
          disabled={position === 1}
          aria-label={t('shotRow.upName', { position })}
          onClick={() => move(-1)}
        >
          {t('shotRow.up')}
        </button>
        <button
          id={`${base}-down`}
          type="button"
          className="button button-small"
          disabled={position === count}
          aria-label={t('shotRow.downName', { position })}
          onClick={() => move(1)}
        >
          {t('shotRow.down')}
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={count <= REQUEST_LIMITS.multiShot.shots.min}
          aria-label={t('shotRow.removeName', { position })}
          onClick={() => removeShot(shot.id)}
        >
          {t('shotRow.remove')}
        </button>
      </div>
    </li>
  );
}
