import { z } from 'zod';
import type { ClipKind, JobState } from '../domain';
import { estimateCredits } from './estimate';
import type { PriceTable } from './price-table';

/** One job as spending sees it (the journal's record has all of these). */
export interface SpendRecord {
  projectId: string;
  action: ClipKind;
  state: JobState;
  body: Readonly<Record<string, unknown>>;
  billedSec: number | null;
  /** When AceData accepted it; null while it has not been sent. */
  submittedAt: string | null;
}

/*
 * A job counts once AceData accepted it, failed ones excepted (the provider does not bill a
 * video it could not make). `unknown` counts too: it may have been started, so the budget
 * errs on the side of the person's money.
 */
const CHARGED: ReadonlySet<JobState> = new Set([
  'submitted',
  'running',
  'succeeded',
  'downloading',
  'ready',
  'unknown',
]);

export const SpendSummarySchema = z.object({
  /** Credits per local day (YYYY-MM-DD), newest first. */
  byDay: z.array(z.object({ day: z.string(), credits: z.number().nonnegative() })),
  /** Credits per project, most spent first. */
  byProject: z.array(z.object({ projectId: z.string(), credits: z.number().nonnegative() })),
  today: z.number().nonnegative(),
  /** Credits of jobs whose billed seconds are known (the rest are estimates). */
  billed: z.number().nonnegative(),
});
export type SpendSummary = z.infer<typeof SpendSummarySchema>;

/** The local calendar day of an instant, as YYYY-MM-DD. */
export function localDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The credits one job counts for: none before it was sent or after it failed. */
export function creditsOf(record: SpendRecord, table: PriceTable): number {
  if (!CHARGED.has(record.state) || record.submittedAt === null) return 0;
  return estimateCredits(record.action, record.body, table, record.billedSec).credits;
}

/**
 * Spending per day and per project, from every job that reached AceData; billed seconds are
 * used where the answer gave them, the requested length otherwise.
 */
export function summariseSpend(
  records: readonly SpendRecord[],
  table: PriceTable,
  now: Date,
): SpendSummary {
  const days = new Map<string, number>();
  const projects = new Map<string, number>();
  let billed = 0;
  for (const record of records) {
    const credits = creditsOf(record, table);
    if (credits === 0 || record.submittedAt === null) continue;
    const day = localDay(new Date(record.submittedAt));
    days.set(day, (days.get(day) ?? 0) + credits);
    projects.set(record.projectId, (projects.get(record.projectId) ?? 0) + credits);
    if (record.billedSec !== null) billed += credits;
  }
  return {
    byDay: [...days]
      .map(([day, credits]) => ({ day, credits }))
      .sort((a, b) => b.day.localeCompare(a.day)),
    byProject: [...projects]
      .map(([projectId, credits]) => ({ projectId, credits }))
      .sort((a, b) => b.credits - a.credits),
    today: days.get(localDay(now)) ?? 0,
    billed,
  };
}
