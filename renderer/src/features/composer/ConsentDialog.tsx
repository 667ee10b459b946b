import { useId, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDialogFocus } from '../../lib/use-dialog-focus';
import { selectImageActions, useComposerStore } from '../../stores/composer-store';
import { COMPOSER_PROMPT_SELECTOR } from './composer-focus';

/**
 * Asked before the first upload: the image becomes public on AceData's CDN. Focus starts on
 * Cancel, the choice that publishes nothing.
 */
export function ConsentDialog() {
  const { answerConsent } = useComposerStore(useShallow(selectImageActions));
  const dialogRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const cancel = () => void answerConsent(false);
  const onKeyDown = useDialogFocus(dialogRef, cancelRef, cancel, COMPOSER_PROMPT_SELECTOR);

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialogRef}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        className="dialog"
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>Publish this image?</h2>
        <div id={bodyId} className="stack">
          <p>
            Kling needs the image at a public address, so Kling Studio uploads it to AceData&apos;s
            CDN. Anyone with the link can open it there while AceData keeps it (about 7 days).
          </p>
          <p className="hint">
            If you choose Upload, Kling Studio remembers it and does not ask again. An image you
            give as an https address is used as it is, without uploading.
          </p>
        </div>
        <div className="row row-end">
          <button ref={cancelRef} type="button" className="button button-quiet" onClick={cancel}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void answerConsent(true)}
          >
            Upload
          </button>
        </div>
      </div>
    </div>
  );
}
