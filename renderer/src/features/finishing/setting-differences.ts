import type { ClipDetail } from '../../../../shared/domain';
import { madeWith, type SettingValue } from '../library/made-with';

export interface SettingDifference {
  /** The parameter's name as sent (`cfg_scale`), or the clip field (`model`, `action`). */
  key: string;
  /** One value per clip, in the order given. */
  values: SettingValue[];
}

/** Equal settings compare equal whatever their shape (a camera control is an object). */
function sameness({ value }: SettingValue): string {
  return value === undefined || value === null ? '' : JSON.stringify(value);
}

/**
 * The settings that differ between clips: model and action first, then every parameter sent
 * or filled in by the provider (in the order first seen), each with one value per clip. A take
 * left on a default is compared by that default, so "std" sent and "std" by default are alike.
 * Equal settings are left out. The values stay as recorded, so the dialog words them in the
 * language shown when it draws.
 */
export function settingDifferences(details: readonly ClipDetail[]): SettingDifference[] {
  const rows: SettingDifference[] = [];
  const add = (key: string, values: SettingValue[]) => {
    if (new Set(values.map(sameness)).size > 1) rows.push({ key, values });
  };
  add(
    'model',
    details.map((d) => madeWith(d, 'model', d.model)),
  );
  add(
    'action',
    details.map((d) => ({ value: d.action, byDefault: false })),
  );
  const keys = [
    ...new Set(details.flatMap((d) => [...Object.keys(d.parameters), ...Object.keys(d.defaults)])),
  ].filter(
    // Model and action are above; async and the callback are sent with every job alike.
    (key) => !['model', 'action', 'async', 'callback_url'].includes(key),
  );
  for (const key of keys)
    add(
      key,
      details.map((d) => madeWith(d, key)),
    );
  return rows;
}
