import { currentLanguage, formatList, formatNumber } from '../i18n';
import type { Condition, Mode } from './model-capabilities';
import { ruleText } from '../rule-text';

/*
 * Pieces the rules' messages are built from, each read in the current language when the
 * message is built, so main and the window answer in the language the person chose.
 */

/**
 * "a", "a or b", "a, b or c" ("a、b或c" in Chinese). The app's English writes lists without
 * the serial comma, which `Intl` adds for English; other languages join as `Intl` does.
 */
export function listWords(
  items: readonly (string | number)[],
  joiner: 'or' | 'and' = 'or',
): string {
  const words = items.map(String);
  if (currentLanguage() !== 'en') {
    const list = formatList(words, joiner === 'or' ? 'disjunction' : 'conjunction');
    // Chinese sets Latin words (model ids) apart from its own by a space: "kling-v3 或 kling-o1".
    if (!words.some((word) => /[A-Za-z]/.test(word))) return list;
    return list.replace(/([A-Za-z0-9])(或|和)/g, '$1 $2').replace(/(或|和)([A-Za-z0-9])/g, '$1 $2');
  }
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${joiner} ${words[words.length - 1] ?? ''}`;
}

/** A mode as the person reads it: "pro" in English, "高品质" in Chinese. */
export function modeWord(mode: Mode): string {
  return ruleText(`rules:mode.${mode}`);
}

/** "std or pro", with each mode in the current language's word. */
export function listModes(modes: readonly Mode[]): string {
  return listWords(modes.map(modeWord));
}

/** "in pro mode", "at 5 s", "in std or pro mode and at 5 s". */
export function describeCondition(condition: Condition): string {
  const modes = condition.mode ? listModes(condition.mode) : undefined;
  const durations = condition.duration ? listWords(condition.duration) : undefined;
  if (modes !== undefined && durations !== undefined) {
    return ruleText('rules:condition.both', { modes, durations });
  }
  if (modes !== undefined) return ruleText('rules:condition.mode', { modes });
  if (durations !== undefined) return ruleText('rules:condition.duration', { durations });
  return '';
}

/** What the user changes to meet a condition: "switch to pro mode", "choose 5 s". */
export function conditionFix(condition: Condition): string {
  const modes = condition.mode ? listModes(condition.mode) : undefined;
  const durations = condition.duration ? listWords(condition.duration) : undefined;
  if (modes !== undefined && durations !== undefined) {
    return ruleText('rules:conditionFix.both', { modes, durations });
  }
  if (modes !== undefined) return ruleText('rules:conditionFix.mode', { modes });
  if (durations !== undefined) return ruleText('rules:conditionFix.duration', { durations });
  return '';
}

/** Long runs of whole seconds read better as a range than as a list. */
export function describeDurations(durations: readonly number[]): string {
  const first = durations[0];
  const last = durations[durations.length - 1];
  const isRun =
    first !== undefined &&
    last !== undefined &&
    durations.length > 2 &&
    durations.every((value, index) => value === first + index);
  if (isRun) return ruleText('rules:durations.run', { first, last });
  return ruleText('rules:durations.list', { list: listWords(durations) });
}

/** A measured value with at most two decimals, as the language writes numbers ("5.04"). */
export function measured(value: number): string {
  return formatNumber(value, { maximumFractionDigits: 2 });
}

/** A file size in megabytes with one decimal: "12.5 MB". */
export function megabytes(bytes: number): string {
  const value = formatNumber(bytes / (1024 * 1024), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return ruleText('rules:megabytes', { value });
}
