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

/*
 * Set only while `inLanguage` builds something: words made then are in that language whatever
 * the process is drawn in, so a view built from a language depends on it as a real input.
 */
let wordingIn: Language | null = null;
const FIXED = { en: i18n.getFixedT('en'), 'zh-CN': i18n.getFixedT('zh-CN') } as const;

/**
 * Translates a key such as `'composer:generate'`, in `inLanguage`'s language inside one and in
 * the current language elsewhere; a plain function, so it may be passed around.
 */
export const t = ((...args: unknown[]) => {
  const translate = wordingIn === null ? i18n.t : FIXED[wordingIn];
  // i18next types `t` as branded overloads; its arguments are handed on exactly as given.
  return (translate as unknown as (...given: unknown[]) => unknown)(...args);
}) as unknown as typeof i18n.t;

/** Our language for an i18next language tag: Chinese for `zh-CN`, English for anything else. */
export function languageOf(tag: string): Language {
  return tag === 'zh-CN' ? 'zh-CN' : 'en';
}

/** The language messages are written in right now (inside `inLanguage`, its language). */
export function currentLanguage(): Language {
  return wordingIn ?? languageOf(i18n.language);
}

/**
 * Runs `build` with every message, number, date and list it makes worded in `language`, and
 * returns what it returns. `build` must be synchronous: the language applies only until it
 * returns, and a promise would be settled after that. Calls may nest; the innermost wins.
 */
export function inLanguage<T>(language: Language, build: () => T): T {
  const outer = wordingIn;
  wordingIn = language;
  try {
    return build();
  } finally {
    wordingIn = outer;
  }
}

/** Switches every later message (and, in the window, every drawn string) to `language`. */
export async function switchLanguage(language: Language): Promise<void> {
  if (i18n.language !== language) await i18n.changeLanguage(language);
}
