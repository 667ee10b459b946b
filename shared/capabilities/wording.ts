import type { Condition } from './model-capabilities';

/** "a", "a or b", "a, b or c". */
export function listWords(items: readonly (string | number)[], joiner = 'or'): string {
  const words = items.map(String);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${joiner} ${words[words.length - 1] ?? ''}`;
}

/** "in pro mode", "at 5 s", "in std or pro mode and at 5 s". */
export function describeCondition(condition: Condition): string {
  const parts: string[] = [];
  if (condition.mode) parts.push(`in ${listWords(condition.mode)} mode`);
  if (condition.duration) parts.push(`at ${listWords(condition.duration)} s`);
  return parts.join(' and ');
}

/** What the user changes to meet a condition: "switch to pro mode", "choose 5 s". */
export function conditionFix(condition: Condition): string {
  const parts: string[] = [];
  if (condition.mode) parts.push(`switch to ${listWords(condition.mode)} mode`);
  if (condition.duration) parts.push(`choose ${listWords(condition.duration)} s`);
  return parts.join(' and ');
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
  if (isRun) return `${first} to ${last} whole seconds`;
  return `${listWords(durations)} s`;
}
