import { useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/app-error';
import type { EmbeddedSettings } from '../../../../shared/embedded-settings';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { bridge, toAppError } from '../../ipc/kling';
import { truncate } from '../../lib/format';
import { fillFromSettings } from '../../stores/composer-fill';
import { isVideoDrag, isVideoFile } from './video-drop';

const ACTION_WORDS = {
  text2video: 'text to video',
  image2video: 'image to video',
  extend: 'an extension',
} as const;

/**
 * "Import settings from a video…" in the composer, and the same offer when a video is dropped
 * anywhere on the composer: the settings a Kling Studio MP4 carries fill the form once the
 * person agrees (the form's own values are replaced).
 */
export function SettingsImport() {
  const anchor = useRef<HTMLDivElement>(null);
  const [offer, setOffer] = useState<EmbeddedSettings | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<AppError | null>(null);

  const read = async (
    from: () => Promise<{ picked: boolean; settings: EmbeddedSettings | null }>,
  ) => {
    setError(null);
    setNotice('');
    try {
      const { picked, settings } = await from();
      if (!picked) return;
      if (settings) setOffer(settings);
      else
        setNotice(
          'That video carries no Kling Studio settings. Videos saved with "Save a copy…" in Kling Studio do.',
        );
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
    const { leftOut } = fillFromSettings(offer);
    setOffer(null);
    const missing = leftOut.length > 0 ? ` Not carried over: ${leftOut.join(', ')}.` : '';
    const extend =
      offer.action === 'extend' ? ' An extension needs its clip: press Extend on one.' : '';
    setNotice(`The composer holds the video's settings.${extend}${missing}`);
  };

  return (
    <div ref={anchor} className="settings-import">
      <button
        type="button"
        className="button button-small button-quiet"
        onClick={() => void read(() => bridge.finishing.importSettings())}
      >
        Import settings from a video…
      </button>
      <p role="status" className="detail-notice">
        {notice}
      </p>
      {error ? <ErrorAlert error={error} /> : null}
      {offer ? (
        <ConfirmDialog
          title="Use this video's settings?"
          confirmLabel="Fill the composer"
          onConfirm={fill}
          onCancel={() => setOffer(null)}
        >
          <p>
            Made with Kling Studio: {ACTION_WORDS[offer.action]} with {offer.model}.
          </p>
          <p className="detail-prompt">“{truncate(offer.prompt, 300)}”</p>
          <p>The prompt and settings in the composer are replaced by these.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
