import type { z } from 'zod';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import type { LibraryQuerySchema } from '../../../../shared/domain';
import { searchTextOf, type ClipRecord } from './clip-record';

export type ParsedLibraryQuery = z.output<typeof LibraryQuerySchema>;
export type LibrarySort = ParsedLibraryQuery['sort'];

const DAY_MS = 86_400_000;

const byNewest = (a: ClipRecord, b: ClipRecord): number =>
  b.createdMs - a.createdMs || cmp(a.meta.clipId, b.meta.clipId);
const COMPARE: Record<LibrarySort, (a: ClipRecord, b: ClipRecord) => number> = {
  newest: byNewest,
  oldest: (a, b) => a.createdMs - b.createdMs || cmp(a.meta.clipId, b.meta.clipId),
  rating: (a, b) => b.meta.rating - a.meta.rating || byNewest(a, b),
  // Longest first; clips whose length is unknown go last.
  duration: (a, b) => (b.meta.durationSec ?? -1) - (a.meta.durationSec ?? -1) || byNewest(a, b),
};

export function sortRecords(records: Iterable<ClipRecord>, sort: LibrarySort): ClipRecord[] {
  return [...records].sort(COMPARE[sort]);
}

/**
 * Filters records that are already sorted (the caller caches one order per sort), so a query
 * is a single pass over memory: no file is read and no text is lower-cased twice.
 */
export function filterRecords(
  sorted: readonly ClipRecord[],
  query: ParsedLibraryQuery,
): { total: number; page: ClipRecord[] } {
  const test = predicate(query);
  const page: ClipRecord[] = [];
  const end = query.offset + query.limit;
  let total = 0;
  for (const record of sorted) {
    if (!test(record)) continue;
    if (total >= query.offset && total < end) page.push(record);
    total++;
  }
  return { total, page };
}

function predicate(query: ParsedLibraryQuery): (record: ClipRecord) => boolean {
  const checks: Array<(r: ClipRecord) => boolean> = [];
  const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length > 0) {
    checks.push((r) => {
      const text = searchTextOf(r);
      return words.every((w) => text.includes(w));
    });
  }
  const setOf = <T>(values: readonly T[] | undefined): Set<T> | null =>
    values && values.length > 0 ? new Set(values) : null;
  const actions = setOf(query.actions);
  if (actions) checks.push((r) => actions.has(r.meta.action));
  const models = setOf(query.models);
  if (models) checks.push((r) => r.meta.model !== null && models.has(r.meta.model));
  const modes = setOf(query.modes);
  if (modes) checks.push((r) => r.meta.mode !== null && modes.has(r.meta.mode));
  const statuses = setOf(query.statuses);
  if (statuses) checks.push((r) => statuses.has(r.videoPresent ? 'ready' : 'missing'));
  if (query.favourite !== undefined) checks.push((r) => r.meta.favourite === query.favourite);
  const tags = (query.tags ?? []).map((t) => t.toLowerCase());
  // Every chosen tag must be on the clip, as with the words of the text.
  if (tags.length > 0)
    checks.push((r) => tags.every((t) => r.meta.tags.some((own) => own.toLowerCase() === t)));
  if (query.from) {
    const from = parseDate(query.from, 'from');
    checks.push((r) => r.createdMs >= from);
  }
  if (query.to) {
    // A bare date means the whole of that day.
    const to = parseDate(query.to, 'to') + (/^\d{4}-\d{2}-\d{2}$/.test(query.to) ? DAY_MS - 1 : 0);
    checks.push((r) => r.createdMs <= to);
  }
  return (record) => checks.every((check) => check(record));
}

function parseDate(value: string, which: string): number {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new AppError('invalid_query', t('errors:invalid_query', { which }));
  return time;
}

/** Every tag used in a set of clips, in a stable order for the filter. */
export function tagsOf(records: Iterable<ClipRecord>): string[] {
  const tags = new Set<string>();
  for (const record of records) for (const tag of record.meta.tags) tags.add(tag);
  return [...tags].sort((a, b) => a.localeCompare(b));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
