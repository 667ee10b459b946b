import { useId } from 'react';
import { useTranslation } from '../../i18n';

interface FilterSelectProps<T extends string> {
  label: string;
  value: T | '';
  /** The choices after "Any", as value → words shown. */
  options: Readonly<Record<T, string>> | readonly T[];
  anyLabel?: string;
  onChange: (value: T | '') => void;
}

/** A labelled select whose first choice, "Any", leaves that filter out of the query. */
export function FilterSelect<T extends string>({
  label,
  value,
  options,
  anyLabel,
  onChange,
}: FilterSelectProps<T>) {
  const { t } = useTranslation('library');
  const id = useId();
  const entries: [string, string][] = Array.isArray(options)
    ? options.map((option: T) => [option, option])
    : Object.entries(options);
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="input input-compact"
        value={value}
        onChange={(event) => onChange(event.target.value as T | '')}
      >
        <option value="">{anyLabel ?? t('filters.any')}</option>
        {entries.map(([option, words]) => (
          <option key={option} value={option}>
            {words}
          </option>
        ))}
      </select>
    </div>
  );
}
