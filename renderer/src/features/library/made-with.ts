import type { ClipDetail } from '../../../../shared/domain';

/** One setting of a clip, as it was made. */
export interface SettingValue {
  /** As recorded; `undefined` where the clip has none. */
  value: unknown;
  /** The provider filled it in because the clip's request left it out. */
  byDefault: boolean;
}

/**
 * What a clip was made with for the provider field `key`: `recorded` when the clip's own
 * record has it (its model or mode), else what was sent, else the provider's default for it
 * (marked so), else nothing.
 */
export function madeWith(detail: ClipDetail, key: string, recorded?: string | null): SettingValue {
  if (recorded !== undefined && recorded !== null) return { value: recorded, byDefault: false };
  if (Object.hasOwn(detail.parameters, key))
    return { value: detail.parameters[key], byDefault: false };
  return { value: detail.defaults[key], byDefault: Object.hasOwn(detail.defaults, key) };
}
