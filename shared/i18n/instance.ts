import i18next from 'i18next';
import { FALLBACK_LANGUAGE, type Language } from './languages';
import { NAMESPACES, resources } from './resources';

/**
 * The one translator of this process (main or the window), ready at import: every message is
 * bundled, so nothing loads later and a missing key falls back to English, never to a blank.
 * Plurals use `Intl.PluralRules` (`key_one` / `key_other`); `{{value, number}}` and
 * `{{value, datetime}}` format through `Intl` in the current language.
 */
export const i18n = i18next.createInstance();
void i18n.init({
  resources,
  lng: FALLBACK_LANGUAGE,
  fallbackLng: FALLBACK_LANGUAGE,
  supportedLngs: Object.keys(resources),
  ns: NAMESPACES,
  defaultNS: 'common',
  // React escapes what it draws, and main's messages are plain text, never HTML.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

/** Translates a key such as `'composer:generate'`; bound, so it may be passed around. */
export const t = i18n.t;

/** The language messages are written in right now. */
export function currentLanguage(): Language {
  return i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
}

/** Switches every later message (and, in the window, every drawn string) to `language`. */
export async function switchLanguage(language: Language): Promise<void> {
  if (i18n.language !== language) await i18n.changeLanguage(language);
}
