import type { TFunction } from 'i18next';
import type { PendingDelete } from '../../stores/confirm-slice';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useTranslation } from '../../i18n';
import { truncate } from '../../lib/format';
import { useLibraryStore } from '../../stores/library-store';

interface DeleteConfirmDialogProps {
  pending: PendingDelete;
}

// When the button that opened the dialog went with what was deleted, focus lands on the project.
const PROJECT_SELECTOR = '.project-button[aria-current="page"]';

function wording(
  t: TFunction<'library'>,
  pending: PendingDelete,
): { title: string; body: string; confirm: string } {
  // Main says what deleting this project does to which files (trash, or only forget it).
  if (pending.kind === 'project' && pending.project.deletion) {
    const { title, body, confirmLabel } = pending.project.deletion;
    return { title, body, confirm: confirmLabel };
  }
  if (pending.kind === 'project') {
    const { name, clipCount } = pending.project;
    return {
      title: t('deleteDialog.projectTitle', { name }),
      body: t('deleteDialog.projectBody', { count: clipCount }),
      confirm: t('deleteDialog.confirm'),
    };
  }
  return {
    title: t('deleteDialog.clipTitle'),
    body: t('deleteDialog.clipBody', { prompt: truncate(pending.clip.prompt, 120) }),
    confirm: t('deleteDialog.confirm'),
  };
}

/** Asks before a delete. */
export function DeleteConfirmDialog({ pending }: DeleteConfirmDialogProps) {
  const { t } = useTranslation('library');
  const cancelDelete = useLibraryStore((state) => state.cancelDelete);
  const confirmDelete = useLibraryStore((state) => state.confirmDelete);
  const { title, body, confirm } = wording(t, pending);
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
