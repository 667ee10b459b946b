import type { PendingDelete } from '../../stores/confirm-slice';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { truncate } from '../../lib/format';
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

/** Asks before a delete. */
export function DeleteConfirmDialog({ pending }: DeleteConfirmDialogProps) {
  const cancelDelete = useLibraryStore((state) => state.cancelDelete);
  const confirmDelete = useLibraryStore((state) => state.confirmDelete);
  const { title, body, confirm } = wording(pending);
  return (
    <ConfirmDialog
      title={title}
      confirmLabel={confirm}
      tone="danger"
      onConfirm={() => void confirmDelete()}
      onCancel={cancelDelete}
      fallbackFocus={PROJECT_SELECTOR}
    >
      <p>{body}</p>
    </ConfirmDialog>
  );
}
