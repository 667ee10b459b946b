import { z } from 'zod';
import { MODES } from '../capabilities/model-capabilities';
import { MODEL_IDS, type ModelId } from '../models';
import { PRICE_TABLE, type ModeRates, type PriceTable } from './price-table';

/** A rate a person typed: credits per second, generous bounds (a typo is refused, not stored). */
export const RateSchema = z.number().finite().min(0).max(10_000);

/** The person's own rates, per model and mode, replacing the table's (Settings → Prices). */
export const PriceOverridesSchema = z.partialRecord(
  z.enum(MODEL_IDS),
  z.partialRecord(z.enum(MODES), RateSchema),
);
export type PriceOverrides = z.infer<typeof PriceOverridesSchema>;

/** A daily spending limit in credits; null when there is none. */
export const BudgetSchema = z.object({ dailyCredits: RateSchema.nullable() });
export type Budget = z.infer<typeof BudgetSchema>;

/**
 * The table with the person's rates laid over it; unknown or empty overrides change nothing.
 * Its note is read from `table` whenever it is read, so it is in the language of that moment.
 */
export function effectiveTable(
  overrides: PriceOverrides,
  table: PriceTable = PRICE_TABLE,
): PriceTable {
  const models = { ...table.models } as Record<ModelId, ModeRates>;
  for (const model of MODEL_IDS) {
    const own = overrides[model];
    if (own) models[model] = { ...models[model], ...own };
  }
  // A spread copies the note's words once; the getter keeps it following a language switch.
  return {
    ...table,
    get source() {
      return table.source;
    },
    models,
  };
}
