import { currentLanguage, t } from './i18n';
import type en from './i18n/locales/en/rules';

/** Every message key of a nested record, dotted ("blocker.noField"); plurals by their stem. */
export type Keys<Tree> = {
  [Key in keyof Tree & string]: Tree[Key] extends string
    ? Key extends `${infer Stem}_${'one' | 'other'}`
      ? Stem
      : Key
    : `${Key}.${Keys<Tree[Key]>}`;
}[keyof Tree & string];

/** A key of the rules' wording, such as `'rules:blocker.noField'`. */
export type RuleKey = `rules:${Keys<typeof en>}`;

/** What a message is filled in with; `count` also picks the plural form. */
export type RuleValues = Readonly<Record<string, string | number>>;

/*
 * The same few messages are built over and over: the composer judges every option on every
 * change, and main checks each request again. Translating costs far more than a lookup, so the
 * text of a key, its values and the language is kept, and the store is emptied when it grows.
 */
const MAX_KEPT = 5_000;
const kept = new Map<string, string>();

/** The rules' message `key` in the current language, filled in with `values`. */
export function ruleText(key: RuleKey, values?: RuleValues): string {
  const id = `${currentLanguage()}\u0000${key}\u0000${values ? JSON.stringify(values) : ''}`;
  const known = kept.get(id);
  if (known !== undefined) return known;
  // The key is checked by RuleKey above; i18next's own overloads cannot follow a built key.
  const text = String(t(key as never, values as never));
  if (kept.size >= MAX_KEPT) kept.clear();
  kept.set(id, text);
  return text;
}
