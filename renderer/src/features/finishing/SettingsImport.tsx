import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/app-error';
import type { EmbeddedSettings } from '../../../../shared/embedded-settings';
import { settingsFromBody } from '../../../../shared/settings-from-body';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useTranslation } from '../../i18n';
import { bridge, toAppError } from '../../ipc/kling';
import { truncate } from '../../lib/format';
import { fillFromSettings } from '../../stores/composer-fill';
import { leftOutText } from '../making/left-out';
import { isVideoDrag, isVideoFile } from './video-drop';

/**
 * What the last import did, kept as facts rather than words so a language switch redraws it:
 * the video carried no settings, or they filled the composer (an extension without its clip,
 * and the body they came from, whose inputs that could not come along are named when drawn).
 */
type Notice =
  | { kind: 'noSettings' }
  | { kind: 'filled'; extension: boolean; parameters: EmbeddedSettings['parameters'] };

function noticeText(notice: Notice | null, t: TFunction<'finishing'>): string {
  if (!notice) return '';
  if (notice.kind === 'noSettings') return t('settingsImport.noSettings');
  // Named now, in the language drawn now: the same names the fill reported.
  const { leftOut } = settingsFromBody(notice.parameters);
  const names = leftOutText(leftOut);
  // Whole sentences per case: a translation may order or join them in its own way.
  if (notice.extension)
    return leftOut.length > 0
      ? t('settingsImport.filledExtensionLeftOut', { names })
      : t('settingsImport.filledExtension');
  return leftOut.length > 0
    ? t('settingsImport.filledLeftOut', { names })
    : t('settingsImport.filled');
}

/**
 * "Import settings from a video…" in the composer, and the same offer when a video is dropped
 * anywhere on the composer: the settings a Kling Studio MP4 carries fill the form once the
 * person agrees (the form's own values are replaced).
 */
export function SettingsImport() {
  const { t } = useTranslation('finishing');
  const anchor = useRef<HTMLDivElement>(null);
  const [offer, setOffer] = useState<EmbeddedSettings | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const read = async (
    from: () => Promise<{ picked: boolean; settings: EmbeddedSettings | null }>,
  ) => {
    setError(null);
    setNotice(null);
    try {
      const { picked, settings } = await from();
      if (!picked) return;
      if (settings) setOffer(settings);
      else setNotice({ kind: 'noSettings' });
    } catch (caught) {
      setError(toAppError(caught));
    }
  };

  // The whole composer takes a dropped video; image drops still go to their zones.
  useEffect(() => {
    const form = anchor.current?.closest('form');
    if (!form) return;
    const onDragOver = (event: DragEvent) => {
      if (!event.dataTransfer || !isVideoDrag(event.dataTransfer)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file || !isVideoFile(file)) return;
      event.preventDefault();
      event.stopPropagation();
      void read(() => bridge.finishing.settingsFromDropped(file));
    };
    form.addEventListener('dragover', onDragOver);
    form.addEventListener('drop', onDrop);
    return () => {
      form.removeEventListener('dragover', onDragOver);
      form.removeEventListener('drop', onDrop);
    };
  }, []);

  const fill = () => {
    if (!offer) return;
    fillFromSettings(offer);
    setOffer(null);
    setNotice({
      kind: 'filled',
      extension: offer.action === 'extend',
      parameters: offer.parameters,
    });
  };

  return (
    <div ref={anchor} className="settings-import">
      <button
        type="button"
        className="button button-small button-quiet"
        onClick={() => void read(() => bridge.finishing.importSettings())}
      >
        {t('settingsImport.button')}
      </button>
      <p role="status" className="detail-notice">
        {noticeText(notice, t)}
      </p>
      {error ? <ErrorAlert error={error} /> : null}
      {offer ? (
        <ConfirmDialog
          title={t('settingsImport.title')}
          confirmLabel={t('settingsImport.fill')}
          onConfirm={fill}
          onCancel={() => setOffer(null)}
        >
          <p>
            {t('settingsImport.madeWith', {
              action: t(`settingsImport.action.${offer.action}`),
              model: offer.model,
            })}
          </p>
          <p className="detail-prompt">
            {t('settingsImport.prompt', { prompt: truncate(offer.prompt, 300) })}
          </p>
          <p>{t('settingsImport.replaces')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
