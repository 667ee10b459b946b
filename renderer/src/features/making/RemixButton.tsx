import { useState } from 'react';
import type { ClipDetail } from '../../../../shared/domain';
import { focusComposerPrompt } from '../composer/composer-focus';
import { canRemix, remixClip } from './remix';

interface RemixButtonProps {
  /** The clip's full record; the button waits for it (null while loading). */
  detail: ClipDetail | null;
}

/** "Use these settings": the clip's request back in the composer, saying what did not come back. */
export function RemixButton({ detail }: RemixButtonProps) {
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  if (detail && !canRemix(detail)) return null;

  const remix = async () => {
    if (!detail) return;
    setBusy(true);
    setNotice('');
    try {
      const { notRestored, localStill } = await remixClip(detail);
      const still = localStill ? ' The start frame is the still kept in the project folder.' : '';
      const missing =
        notRestored.length > 0
          ? ` Not restored: ${notRestored.join(', ')} — add them again in the composer.`
          : '';
      setNotice(`The composer holds this clip's settings.${still}${missing}`);
      focusComposerPrompt();
    } catch (caught) {
      setNotice(
        `The settings could not be put back: ${caught instanceof Error ? caught.message : String(caught)}`,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="remix">
      <button
        type="button"
        className="button button-small"
        disabled={!detail || busy}
        onClick={() => void remix()}
      >
        Use these settings
      </button>
      <p role="status" className="detail-notice">
        {notice}
      </p>
    </div>
  );
}
