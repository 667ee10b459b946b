import { z } from 'zod';
import { AppError, type ErrorCode } from './app-error';
// Types only: the domain's schemas are built from this module's.
import type { AppErrorInfo } from './domain';
import { formatNumber, i18n, t } from './i18n';
import type en from './i18n/locales/en/errors';
import type { Keys } from './rule-text';

/** A key of main's own messages to a person, such as `'errors:note.slowDown'`. */
export type WordingKey = `errors:${Keys<typeof en>}`;

/**
 * What a message *is*, rather than its words: a key of the catalogue and the values it is
 * filled in with. A value may itself be a wording (a reason inside a sentence), or plain text
 * that is the same in every language — a provider's own words, a file name, a figure.
 */
export interface Wording {
  key: WordingKey;
  values?: Readonly<Record<string, string | number | Wording>>;
}

const MAX_DEPTH = 4;

function wordingSchema(depth: number): z.ZodType<Wording> {
  const value =
    depth >= MAX_DEPTH
      ? z.union([z.string().max(4000), z.number()])
      : z.union([z.string().max(4000), z.number(), z.lazy(() => wordingSchema(depth + 1))]);
  return z.object({
    // Only main's own error messages: a journal edited by hand cannot name any other text.
    key: z
      .string()
      .max(200)
      .regex(/^errors:[\w.-]+$/)
      .transform((key) => key as WordingKey),
    values: z.record(z.string().max(64), value).optional(),
  }) as unknown as z.ZodType<Wording>;
}

/** Checked wherever a wording crosses a boundary: the journal on disk and IPC to the window. */
export const WordingSchema = wordingSchema(0);

export function worded(key: WordingKey, values?: Wording['values']): Wording {
  return values === undefined ? { key } : { key, values };
}

/**
 * The words of `wording` in the current language, inner wordings first, numbers written as the
 * language writes them. Returns null when the key is not in this version's catalogue (a journal
 * from a newer version), so the caller can fall back to the words written at the time.
 */
export function wordingText(wording: Wording): string | null {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(wording.values ?? {})) {
    // i18next picks a plural form from `count` as a number; the message formats it itself.
    if (name === 'count' && typeof value === 'number') values[name] = value;
    else if (typeof value === 'number') values[name] = formatNumber(value);
    else if (typeof value === 'string') values[name] = value;
    else {
      const inner = wordingText(value);
      if (inner === null) return null;
      values[name] = inner;
    }
  }
  // With its values: a plural key exists only as its forms, which `count` picks between.
  if (!i18n.exists(wording.key, values)) return null;
  // The key is checked by WordingKey and the schema; i18next's overloads cannot follow it.
  return String(t(wording.key as never, values as never));
}

/** A message as shown now: its wording in the current language when kept, else as written. */
export function shownText(message: string, wording: Wording | null | undefined): string {
  return (wording && wordingText(wording)) ?? message;
}

/** A note for a job: its words now, and its wording to draw it again in another language. */
export function noteOf(wording: Wording): { note: string; noteText: Wording } {
  return { note: wordingText(wording) ?? wording.key, noteText: wording };
}

/**
 * `info` said another way: the message and wording of `key`, the code and trace id kept (so
 * support can still match them to the provider's answer).
 */
export function reworded(
  info: AppErrorInfo,
  key: WordingKey,
  values?: Wording['values'],
): AppErrorInfo {
  const text = worded(key, values);
  return { ...info, message: wordingText(text) ?? info.message, text };
}

/**
 * An AppError whose message is written now and whose wording is kept beside it, so the words
 * can be drawn again in another language later (a job's error in the journal).
 */
export function wordedError(
  code: ErrorCode,
  key: WordingKey,
  values?: Wording['values'],
  traceId: string | null = null,
): AppError {
  const text = worded(key, values);
  return new AppError(code, wordingText(text) ?? key, traceId, text);
}
