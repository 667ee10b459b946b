import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  effectiveTable,
  type Budget,
  type PriceOverrides,
} from '../../../../shared/pricing/overrides';
import type { PriceTable } from '../../../../shared/pricing/price-table';
import { bridge } from '../../ipc/kling';

export const pricingKey = ['making', 'pricing'] as const;
export const spendKey = ['making', 'spend'] as const;

/** The person's own rates and budget as main keeps them. */
export function usePricing() {
  return useQuery({ queryKey: pricingKey, queryFn: () => bridge.making.pricing() });
}

/** The price table with the person's rates laid over it (the table alone until they load). */
export function usePriceTable(): { table: PriceTable; overrides: PriceOverrides } {
  const { data } = usePricing();
  const overrides = data?.priceOverrides;
  return useMemo(
    () => ({ table: effectiveTable(overrides ?? {}), overrides: overrides ?? {} }),
    [overrides],
  );
}

/** Saves rates and/or the budget in main, then refreshes what depends on them. */
export function useSavePricing() {
  const client = useQueryClient();
  return async (change: { priceOverrides?: PriceOverrides; budget?: Budget }) => {
    const saved = await bridge.making.setPricing(change);
    client.setQueryData(pricingKey, saved);
    await client.invalidateQueries({ queryKey: spendKey });
    return saved;
  };
}
