import type { ClipDetail } from '../../../../shared/domain';

export interface SettingDifference {
  /** The parameter's name as sent (`cfg_scale`), or the clip field (`model`). */
  name: string;
  /** One value per clip, in the order given; '—' where a clip has none. */
  values: string[];
}

function shown(value: unknown): string {
  if (value === undefined || value === null) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The settings that differ between clips: model and action first, then every parameter sent
 * (in the order first seen), each with one value per clip. Equal settings are left out.
 */
export function settingDifferences(details: readonly ClipDetail[]): SettingDifference[] {
  const rows: SettingDifference[] = [];
  const add = (name: string, values: string[]) => {
    if (new Set(values).size > 1) rows.push({ name, values });
  };
  add(
    'model',
    details.map((d) => shown(d.model)),
  );
  add(
    'action',
    details.map((d) => d.action),
  );
  const names = [...new Set(details.flatMap((d) => Object.keys(d.parameters)))].filter(
    // Model and action are above; async and the callback are sent with every job alike.
    (name) => !['model', 'action', 'async', 'callback_url'].includes(name),
  );
  for (const name of names)
    add(
      name,
      details.map((d) => shown(d.parameters[name])),
    );
  return rows;
}
