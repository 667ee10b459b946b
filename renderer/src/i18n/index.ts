import { initReactI18next, useTranslation } from 'react-i18next';
import {
  i18n,
  languageOf,
  resolveLanguage,
  switchLanguage,
  type Language,
} from '../../../shared/i18n';

// Binds React to the process's one translator, so `useTranslation` re-draws on a switch. Done
// on import: every component reaches `useTranslation` through this module, tests included.
initReactI18next.init(i18n);
// Until main answers with the saved setting, the window draws in the browser's language.
void switchLanguage(resolveLanguage('system', navigator.languages));

export { Trans, useTranslation } from 'react-i18next';
export {
  formatDateTime,
  formatList,
  formatNumber,
  i18n,
  inLanguage,
  t,
  type Language,
} from '../../../shared/i18n';

/**
 * The language the window is drawn in, re-read on every switch: pass it to whatever builds a
 * view holding words (`deriveView(inputs, language)`), so a memo of that view follows a switch.
 */
export function useDrawnLanguage(): Language {
  return languageOf(useTranslation().i18n.language);
}
