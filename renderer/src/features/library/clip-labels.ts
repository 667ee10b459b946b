import type { TFunction } from 'i18next';
import { MODES, type Mode } from '../../../../shared/capabilities/model-capabilities';

function isMode(mode: string): mode is Mode {
  return (MODES as readonly string[]).includes(mode);
}

/**
 * "Standard", "Pro", "4K" in the current language; a mode this version does not know,
 * as the provider names it. Looked up at draw time, so a language switch redraws it.
 */
export function modeName(t: TFunction<'library'>, mode: string): string {
  return isMode(mode) ? t(`modes.${mode}`) : mode;
}
