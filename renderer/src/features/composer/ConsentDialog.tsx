import { useShallow } from 'zustand/react/shallow';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { selectImageActions, useComposerStore } from '../../stores/composer-store';
import { COMPOSER_PROMPT_SELECTOR } from './composer-focus';

/** Asked before the first upload: the image becomes public on AceData's CDN. */
export function ConsentDialog() {
  const { answerConsent } = useComposerStore(useShallow(selectImageActions));
  return (
    <ConfirmDialog
      title="Publish this image?"
      confirmLabel="Upload"
      onConfirm={() => void answerConsent(true)}
      onCancel={() => void answerConsent(false)}
      fallbackFocus={COMPOSER_PROMPT_SELECTOR}
    >
      <p>
        Kling needs the image at a public address, so Kling Studio uploads it to AceData&apos;s CDN.
        Anyone with the link can open it there while AceData keeps it (about 7 days).
      </p>
      <p className="hint">
        If you choose Upload, Kling Studio remembers it and does not ask again. An image you give as
        an https address is used as it is, without uploading.
      </p>
    </ConfirmDialog>
  );
}
