import { z } from 'zod';

/** The languages the window and main's messages are written in. */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/** What the person picked in Settings: a language, or whatever the operating system uses. */
export const LANGUAGE_SETTINGS = ['system', ...LANGUAGES] as const;
export const LanguageSettingSchema = z.enum(LANGUAGE_SETTINGS);
export type LanguageSetting = z.infer<typeof LanguageSettingSchema>;
export const DEFAULT_LANGUAGE_SETTING: LanguageSetting = 'system';

/** Used when nothing the system prefers is one of ours. */
export const FALLBACK_LANGUAGE: Language = 'en';

/**
 * The language to draw in.
 *
 * `systemLocales` are BCP 47 tags, most preferred first (Electron's
 * `app.getPreferredSystemLanguages()`, or `navigator.languages` in the window). The first tag
 * we can serve wins: any Chinese tag gets Simplified Chinese, the only Chinese we ship, because
 * readers of Traditional script read it far more easily than English; any English tag gets
 * English. Tags that are not strings or are empty are skipped.
 */
export function resolveLanguage(
  setting: LanguageSetting,
  systemLocales: readonly string[],
): Language {
  if (setting !== 'system') return setting;
  for (const tag of systemLocales) {
    if (typeof tag !== 'string') continue;
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (primary === 'zh') return 'zh-CN';
    if (primary === 'en') return 'en';
  }
  return FALLBACK_LANGUAGE;
}
