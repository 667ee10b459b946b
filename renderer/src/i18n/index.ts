import { initReactI18next, useTranslation } from 'react-i18next';
import { i18n, resolveLanguage, switchLanguage } from '../../../shared/i18n';

// Binds React to the process's one translator, so `useTranslation` re-draws on a switch. Done
// on import: every component reaches `useTranslation` through this module, tests included.
initReactI18next.init(i18n);
// Until main answers with the saved setting, the window draws in the browser's language.
void switchLanguage(resolveLanguage('system', navigator.languages));

export { Trans, useTranslation } from 'react-i18next';
export { formatDateTime, formatList, formatNumber, i18n, t } from '../../../shared/i18n';

/**
 * The language the window is drawn in, re-read on every switch: add it to the dependencies of
 * a memo whose result holds words (a derived view with rule messages), so a switch rewords it.
 */
export function useDrawnLanguage(): string {
  return useTranslation().i18n.language;
}
