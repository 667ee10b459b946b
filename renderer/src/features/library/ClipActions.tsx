import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Clip } from '../../../../shared/domain';
import { useTranslation } from '../../i18n';
import { STAR_OFF, STAR_ON } from './symbols';
import { selectClipActions, useLibraryStore } from '../../stores/library-store';

interface ClipActionsProps {
  clip: Clip;
  /** Every parameter the clip was made with; null until the details have loaded. */
  parameters: Record<string, unknown> | null;
}

/** What can be done with the opened clip's files and text. */
type CopyOutcome = 'promptCopied' | 'settingsCopied' | 'promptNotCopied' | 'settingsNotCopied';

export function ClipActions({ clip, parameters }: ClipActionsProps) {
  const { updateClip, saveCopy, revealClip, askDelete } = useLibraryStore(
    useShallow(selectClipActions),
  );
  const { t } = useTranslation('library');
  // What the last copy did, as the message's key: worded when drawn, so a switch rewords it.
  const [copied, setCopied] = useState<CopyOutcome | null>(null);
  const missing = clip.status === 'missing';

  const copy = async (text: string, what: 'prompt' | 'settings') => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(what === 'prompt' ? 'promptCopied' : 'settingsCopied');
    } catch {
      setCopied(what === 'prompt' ? 'promptNotCopied' : 'settingsNotCopied');
    }
  };

  return (
    <div className="detail-actions">
      <div className="row row-wrap">
        <button
          type="button"
          className="button button-small"
          aria-pressed={clip.favourite}
          onClick={() => void updateClip({ clipId: clip.id, favourite: !clip.favourite })}
        >
          <span aria-hidden="true">{clip.favourite ? STAR_ON : STAR_OFF}</span>{' '}
          {t('clipActions.favourite')}
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() => void copy(clip.prompt, 'prompt')}
        >
          {t('clipActions.copyPrompt')}
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={!parameters}
          onClick={() => void copy(JSON.stringify(parameters, null, 2), 'settings')}
        >
          {t('clipActions.copySettings')}
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={missing}
          onClick={() => void saveCopy(clip.id)}
        >
          {t('clipActions.saveCopy')}
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() => void revealClip(clip.id)}
        >
          {t('clipActions.reveal')}
        </button>
        <button
          type="button"
          className="button button-small button-danger-quiet"
          onClick={() => askDelete({ kind: 'clip', clip })}
        >
          {t('clipActions.delete')}
        </button>
      </div>
      <p role="status" className="detail-notice">
        {copied ? t(`clipActions.${copied}`) : null}
      </p>
    </div>
  );
}
