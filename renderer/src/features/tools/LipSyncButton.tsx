import { flushSync } from 'react-dom';
import type { Clip } from '../../../../shared/domain';
import { useTranslation } from '../../i18n';
import { COMPOSER_FORM_SELECTOR } from '../composer/composer-focus';
import { selectStartLipSync, useToolsStore } from '../../stores/tools-store';

/** The lip-sync form's text, found by its name: where the Lip-sync button lands. */
export const LIP_SYNC_TEXT_SELECTOR = `${COMPOSER_FORM_SELECTOR} textarea[name="lip-sync-text"]`;

/**
 * Opens the composer's lip-sync mode over this clip. Kling lip-syncs a clip it knows by its
 * video id, so only such a clip whose file is still here offers it; the form says if its length
 * or age rules it out.
 */
export function LipSyncButton({ clip }: { clip: Clip }) {
  const { t } = useTranslation('tools');
  const startLipSync = useToolsStore(selectStartLipSync);
  if (!clip.videoId || clip.status === 'missing') return null;
  const onClick = () => {
    flushSync(() => startLipSync(clip));
    // Keyboard users land where they write the words to speak.
    document.querySelector<HTMLElement>(LIP_SYNC_TEXT_SELECTOR)?.focus();
  };
  return (
    <button type="button" className="button" onClick={onClick}>
      {t('lipSync.button')}
    </button>
  );
}
