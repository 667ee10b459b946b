import { useId } from 'react';
import { characterCount } from '../../../../shared/text-length';

interface ToolTextFieldProps {
  label: string;
  /** The control's name, for flows that focus it from elsewhere. */
  name?: string;
  value: string;
  onChange: (value: string) => void;
  /** What is wrong with the value and what to do; shown under the field. */
  issue: string | undefined;
  /** Shows a counter of characters as the rules count them. */
  maxChars?: number;
  multiline?: boolean;
  type?: 'url' | 'text';
  placeholder?: string;
  hint?: string;
}

/** One labelled text or address field of a tool form, with its counter and its issue. */
export function ToolTextField(props: ToolTextFieldProps) {
  const { label, value, onChange, issue, maxChars, multiline, placeholder, hint } = props;
  const id = useId();
  const length = characterCount(value);
  const counterClass =
    maxChars !== undefined && length > maxChars ? 'counter counter-over' : 'counter';
  const described = [
    maxChars !== undefined ? `${id}-counter` : '',
    hint ? `${id}-hint` : '',
    issue ? `${id}-issue` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    name: props.name,
    className: multiline ? 'input textarea' : 'input',
    value,
    placeholder,
    'aria-invalid': issue ? true : undefined,
    'aria-describedby': described || undefined,
  } as const;
  return (
    <div className="field">
      <div className="field-head">
        <label htmlFor={id}>{label}</label>
        {maxChars !== undefined ? (
          <span id={`${id}-counter`} className={counterClass}>
            {`${length} / ${maxChars}`}
          </span>
        ) : null}
      </div>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {issue ? (
        <p id={`${id}-issue`} className="field-issue">
          {issue}
        </p>
      ) : null}
    </div>
  );
}
