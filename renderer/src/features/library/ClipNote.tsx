import { useId, useState } from 'react';
import type { Clip } from '../../../../shared/domain';
import { useTranslation } from '../../i18n';
import { useLibraryStore } from '../../stores/library-store';

interface ClipNoteProps {
  clip: Clip;
}

const NOTE_MAX_CHARS = 2000;

/** A free note, written to the sidecar when the person leaves the field, not per keystroke. */
export function ClipNote({ clip }: ClipNoteProps) {
  const { t } = useTranslation('library');
  const updateClip = useLibraryStore((state) => state.updateClip);
  const id = useId();
  const [draft, setDraft] = useState(clip.note);
  const [editing, setEditing] = useState(false);
  // A note changed elsewhere (another window, the file) shows here unless it is being edited.
  const [seen, setSeen] = useState(clip.note);
  if (clip.note !== seen && !editing) {
    setSeen(clip.note);
    setDraft(clip.note);
  }

  const onBlur = () => {
    setEditing(false);
    if (draft !== clip.note) void updateClip({ clipId: clip.id, note: draft });
  };

  return (
    <div className="field">
      <label htmlFor={id} className="detail-label">
        {t('note')}
      </label>
      <textarea
        id={id}
        className="input textarea textarea-short"
        maxLength={NOTE_MAX_CHARS}
        value={draft}
        onFocus={() => setEditing(true)}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={onBlur}
      />
    </div>
  );
}
