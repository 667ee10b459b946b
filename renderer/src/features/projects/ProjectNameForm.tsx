import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n';

interface ProjectNameFormProps {
  /** The field's accessible name, e.g. "New project name". */
  label: string;
  initial?: string;
  submitLabel: string;
  /** Resolves true when main took the name, so the form can close. */
  onSubmit: (name: string) => Promise<boolean>;
  onCancel: () => void;
}

/** An inline name field: Enter saves, Escape cancels, focus starts in the field. */
export function ProjectNameForm({
  label,
  initial = '',
  submitLabel,
  onSubmit,
  onCancel,
}: ProjectNameFormProps) {
  const { t } = useTranslation(['projects', 'common']);
  const [name, setName] = useState(initial);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  // The person just asked for this field, so taking focus is expected.
  useEffect(() => inputRef.current?.focus(), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || busy) return;
    setBusy(true);
    const done = await onSubmit(trimmed);
    setBusy(false);
    if (done) onCancel();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onCancel();
  };
  return (
    <form className="project-name-form" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        className="input input-compact"
        value={name}
        maxLength={120}
        placeholder={t('nameForm.placeholder')}
        onKeyDown={onKeyDown}
        onChange={(event) => setName(event.target.value)}
      />
      <div className="row">
        <button
          type="submit"
          className="button button-small button-primary"
          disabled={!name.trim() || busy}
        >
          {submitLabel}
        </button>
        <button type="button" className="button button-small button-quiet" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
