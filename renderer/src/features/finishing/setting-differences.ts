import type { ClipDetail } from '../../../../shared/domain';

export interface SettingDifference {
  /** The parameter's name as sent (`cfg_scale`), or the clip field (`model`, `action`). */
  key: string;
  /** One value per clip, in the order given, as recorded; `undefined` where a clip has none. */
  values: unknown[];
}

/** Equal settings compare equal whatever their shape (a camera control is an object). */
function sameness(value: unknown): string {
  return value === undefined || value === null ? '' : JSON.stringify(value);
}

/**
 * The settings that differ between clips: model and action first, then every parameter sent
 * (in the order first seen), each with one value per clip. Equal settings are left out. The
 * values stay as recorded, so the dialog words them in the language shown when it draws.
 */
export function settingDifferences(details: readonly ClipDetail[]): SettingDifference[] {
  const rows: SettingDifference[] = [];
  const add = (key: string, values: unknown[]) => {
    if (new Set(values.map(sameness)).size > 1) rows.push({ key, values });
  };
  add(
    'model',
    details.map((d) => d.model ?? undefined),
  );
  add(
    'action',
    details.map((d) => d.action),
  );
  const keys = [...new Set(details.flatMap((d) => Object.keys(d.parameters)))].filter(
    // Model and action are above; async and the callback are sent with every job alike.
    (key) => !['model', 'action', 'async', 'callback_url'].includes(key),
  );
  for (const key of keys)
    add(
      key,
      details.map((d) => d.parameters[key]),
    );
  return rows;
}
