import { useId, useRef } from 'react';
import type { PendingDelete } from '../../stores/confirm-slice';
import { truncate } from '../../lib/format';
import { useDialogFocus } from '../../lib/use-dialog-focus';
import { useLibraryStore } from '../../stores/library-store';

interface DeleteConfirmDialogProps {
  pending: PendingDelete;
}

// When the button that opened the dialog went with what was deleted, focus lands on the project.
const PROJECT_SELECTOR = '.project-button[aria-current="page"]';

function wording(pending: PendingDelete): { title: string; body: string; confirm: string } {
  // Main says what deleting this project does to which files (trash, or only forget it).
  if (pending.kind === 'project' && pending.project.deletion) {
    const { title, body, confirmLabel } = pending.project.deletion;
    return { title, body, confirm: confirmLabel };
  }
  if (pending.kind === 'project') {
    const { name, clipCount } = pending.project;
    const clips = clipCount === 1 ? '1 clip' : `${clipCount} clips`;
    return {
      title: `Delete the project “${name}”?`,
      body: `This moves the folder to the system trash, with its ${clips}. You can restore it from there.`,
      confirm: 'Move to trash',
    };
  }
  return {
    title: 'Delete this clip?',
    body: `This moves its video, poster and settings file to the system trash: “${truncate(pending.clip.prompt, 120)}”.`,
    confirm: 'Move to trash',
  };
}

/** Asks before a delete; focus starts on Cancel, the choice that loses nothing. */
export function DeleteConfirmDialog({ pending }: DeleteConfirmDialogProps) {
  const cancelDelete = useLibraryStore((state) => state.cancelDelete);
  const confirmDelete = useLibraryStore((state) => state.confirmDelete);
  const dialogRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const onKeyDown = useDialogFocus(dialogRef, cancelRef, cancelDelete, PROJECT_SELECTOR);
  const { title, body, confirm } = wording(pending);
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
        <h2 id={titleId}>{title}</h2>
        <p id={bodyId}>{body}</p>
        <div className="row row-end">
          <button
            ref={cancelRef}
            type="button"
            className="button button-quiet"
            onClick={cancelDelete}
          >
            Cancel
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => void confirmDelete()}
          >
            {confirm}
          </button>
        </div>
      </div>
    </div>
  );
}
