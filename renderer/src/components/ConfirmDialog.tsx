import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from '../i18n';
import { Modal } from './Modal';

interface ConfirmDialogProps {
  title: string;
  /** What happens if the person confirms, and what it costs. */
  children: ReactNode;
  confirmLabel: string;
  /** `danger` for a choice that spends money or loses something. */
  tone?: 'primary' | 'danger';
  onConfirm: () => void;
  onCancel: () => void;
  /** Where focus goes on close when the opener is gone. */
  fallbackFocus?: string;
}

/**
 * A yes/no question as a native modal dialog. Focus starts on Cancel — the choice that costs
 * nothing — and Escape is Cancel.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  tone = 'primary',
  onConfirm,
  onCancel,
  fallbackFocus,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  return (
    <Modal
      role="alertdialog"
      labelledBy={titleId}
      describedBy={bodyId}
      initialFocus={cancelRef}
      onClose={onCancel}
      fallbackFocus={fallbackFocus}
    >
      <h2 id={titleId}>{title}</h2>
      <div id={bodyId} className="stack">
        {children}
      </div>
      <div className="row row-end">
        <button ref={cancelRef} type="button" className="button button-quiet" onClick={onCancel}>
          {t('cancel')}
        </button>
        <button
          type="button"
          className={tone === 'danger' ? 'button button-danger' : 'button button-primary'}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
