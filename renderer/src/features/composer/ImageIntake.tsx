import { useId, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useTranslation } from '../../i18n';
import { selectOpenSettings, useAppStore } from '../../stores/app-store';
import {
  selectConsentFor,
  selectImageActions,
  selectSlot,
  useComposerStore,
  type ImageSlot,
} from '../../stores/composer-store';

// Errors that a platform token saved in Settings fixes.
const SETTINGS_FIXES = new Set(['no_platform_token', 'platform_token_refused']);

interface ImageIntakeProps {
  slot: ImageSlot;
  disabled: boolean;
  /** The zone's reason or issue, read with each control. */
  describedBy: string | undefined;
}

/** The three ways in: drop (handled by the zone), the file dialog, or an https address. */
export function ImageIntake({ slot, disabled, describedBy }: ImageIntakeProps) {
  const { addImage, retryUpload } = useComposerStore(useShallow(selectImageActions));
  const slotState = useComposerStore(selectSlot(slot));
  const waiting = useComposerStore(selectConsentFor) === slot;
  const openSettings = useAppStore(selectOpenSettings);
  const [url, setUrl] = useState('');
  const urlId = useId();
  const { t } = useTranslation('composer');
  const busy = slotState.busy || waiting;

  const submitUrl = () => {
    if (!url.trim()) return;
    void addImage(slot, { url: url.trim() });
    setUrl('');
  };
  // Enter here adds the address; it must not submit the composer around it.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    submitUrl();
  };

  const error = slotState.error;
  return (
    <div className="intake stack">
      <p className="hint">{t('intake.drop')}</p>
      <div className="row row-wrap">
        <button
          type="button"
          className="button"
          // Busy is aria-disabled, not disabled: a disabled button drops focus to the page, and
          // focus must come back here when the consent question is answered.
          disabled={disabled}
          aria-disabled={busy ? true : undefined}
          aria-describedby={describedBy}
          onClick={() => {
            if (!busy) void addImage(slot, 'pick');
          }}
        >
          {t('intake.choose')}
        </button>
      </div>
      <div className="row">
        <label htmlFor={urlId} className="visually-hidden">
          {t('intake.urlLabel')}
        </label>
        <input
          id={urlId}
          type="url"
          className="input"
          placeholder={t('intake.urlPlaceholder')}
          value={url}
          disabled={disabled || busy}
          aria-describedby={describedBy}
          onChange={(event) => setUrl(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="button"
          disabled={disabled || busy || !url.trim()}
          onClick={submitUrl}
        >
          {t('intake.useUrl')}
        </button>
      </div>
      <p role="status" className="hint">
        {waiting ? t('intake.waiting') : slotState.busy ? t('intake.uploading') : ''}
      </p>
      {error ? (
        <div className="stack">
          <ErrorAlert error={error} />
          <div className="row row-wrap">
            {SETTINGS_FIXES.has(error.code) ? (
              <button type="button" className="button" onClick={openSettings}>
                {t('intake.openSettings')}
              </button>
            ) : null}
            {slotState.pending ? (
              <button type="button" className="button" onClick={() => void retryUpload(slot)}>
                {t('intake.retry')}
              </button>
            ) : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}
