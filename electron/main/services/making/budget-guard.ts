import { estimateCredits } from '../../../../shared/pricing/estimate';
import type { Budget } from '../../../../shared/pricing/overrides';
import type { PriceTable } from '../../../../shared/pricing/price-table';
import { summariseSpend, type SpendRecord } from '../../../../shared/pricing/spend';
import { worded, type Wording } from '../../../../shared/wording';

/**
 * Why the queue must not send `next` now, as a wording (credits as plain numbers, written in the
 * language of whoever draws it); null when it may. The
 * queue holds when today's spend plus the next job's estimate would pass the daily budget:
 * nothing is sent until the budget is raised or turned off (Settings) or the day turns.
 */
export function budgetHold(
  next: SpendRecord,
  records: readonly SpendRecord[],
  table: PriceTable,
  budget: Budget,
  now: Date,
): Wording | null {
  const limit = budget.dailyCredits;
  if (limit === null) return null;
  const { today } = summariseSpend(records, table, now);
  const cost = estimateCredits(next.action, next.body, table).credits;
  if (today + cost <= limit) return null;
  // `count` is the budget: it picks the plural of "credit" ("of 1 credit", "of 300 credits").
  return worded('errors:budgetHold', { today, count: limit, cost });
}
