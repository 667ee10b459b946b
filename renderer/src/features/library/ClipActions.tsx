import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Clip } from '../../../../shared/domain';
import { selectClipActions, useLibraryStore } from '../../stores/library-store';

interface ClipActionsProps {
  clip: Clip;
  /** Every parameter the clip was made with; null until the details have loaded. */
  parameters: Record<string, unknown> | null;
}

/** What can be done with the opened clip's files and text. */
export function ClipActions({ clip, parameters }: ClipActionsProps) {
  const { updateClip, saveCopy, revealClip, askDelete } = useLibraryStore(
    useShallow(selectClipActions),
  );
  const [copied, setCopied] = useState('');
  const missing = clip.status === 'missing';

  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`${what} copied.`);
    } catch {
      setCopied(`${what} could not be copied: the system clipboard refused. Try again.`);
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
          <span aria-hidden="true">{clip.favourite ? '★' : '☆'}</span> Favourite
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() => void copy(clip.prompt, 'Prompt')}
        >
          Copy prompt
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={!parameters}
          onClick={() => void copy(JSON.stringify(parameters, null, 2), 'Settings')}
        >
          Copy settings
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={missing}
          onClick={() => void saveCopy(clip.id)}
        >
          Save a copy…
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() => void revealClip(clip.id)}
        >
          Show in folder
        </button>
        <button
          type="button"
          className="button button-small button-danger-quiet"
          onClick={() => askDelete({ kind: 'clip', clip })}
        >
          Delete…
        </button>
      </div>
      <p role="status" className="detail-notice">
        {copied}
      </p>
    </div>
  );
}
