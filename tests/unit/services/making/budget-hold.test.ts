import { afterEach, describe, expect, it } from 'vitest';
import { budgetHold } from '../../../../electron/main/services/making/budget-guard';
import {
  MakingStore,
  type MakingState,
} from '../../../../electron/main/services/making/making-store';
import type { StateFile } from '../../../../electron/main/services/fs/json-state-file';
import { effectiveTable } from '../../../../shared/pricing/overrides';
import { jobRig, type JobRig } from '../../../support/job-harness';
import { settle } from '../../../support/manual-clock';

/** A state file kept in memory; `written` is what the store last wrote. */
function memoryFile(): StateFile<MakingState> & { written: MakingState | null } {
  const file = {
    written: null as MakingState | null,
    read: async () =>
      file.written ? { kind: 'value' as const, value: file.written } : { kind: 'missing' as const },
    write: async (value: MakingState) => {
      file.written = value;
    },
  };
  return file;
}

// kling-v1 std for 5 s is 10 credits in the table (2 per second).
const t2v = (prompt: string) => ({
  action: 'text2video' as const,
  prompt,
  model: 'kling-v1' as const,
  mode: 'std' as const,
  duration: 5,
});

describe('the daily budget holds the queue', () => {
  let rig: JobRig;
  afterEach(() => rig?.dispose());

  async function budgetRig(store: MakingStore) {
    return jobRig({ minSubmitIntervalMs: 0 }, undefined, undefined, undefined, {
      holdFor: (next, all, now) =>
        budgetHold(next, all, effectiveTable(store.priceOverrides()), store.budget(), now),
    });
  }

  it('sends nothing that would pass the budget, says why, and goes on once it is raised', async () => {
    const store = new MakingStore(memoryFile());
    await store.setPricing({ budget: { dailyCredits: 20 } });
    rig = await budgetRig(store);
    for (const prompt of ['one', 'two', 'three']) await rig.service.submit(t2v(prompt));
    await rig.clock.advance(5_000);
    await settle();

    expect(rig.provider.submits.map((body) => body.prompt)).toEqual(['one', 'two']);
    const status = rig.service.status();
    expect(status.queued).toBe(1);
    expect(status.budgetHold).toMatch(/Daily budget reached: about 20 of 20 credits/);
    expect(status.budgetHold).toMatch(/Raise or turn off the budget in Settings/);
    expect(rig.queue.at(-1)?.budgetHold).toBe(status.budgetHold);
    // The figures travel as numbers, so the window can word them in another language.
    expect(status.budgetHoldText).toEqual({
      key: 'errors:budgetHold',
      values: { today: 20, count: 20, cost: 10 },
    });

    // Time alone does not release it within the day.
    await rig.clock.advance(120_000);
    expect(rig.provider.submits).toHaveLength(2);

    await store.setPricing({ budget: { dailyCredits: 30 } });
    rig.service.budgetChanged();
    await rig.clock.advance(100);
    await settle();
    expect(rig.provider.submits.map((body) => body.prompt)).toEqual(['one', 'two', 'three']);
    expect(rig.service.status().budgetHold).toBeNull();
    expect(rig.service.status().budgetHoldText).toBeNull();
  });

  it('counts the person’s own rate, and no budget holds nothing', async () => {
    const store = new MakingStore(memoryFile());
    await store.setPricing({
      budget: { dailyCredits: 40 },
      priceOverrides: { 'kling-v1': { std: 5 } },
    });
    rig = await budgetRig(store);
    for (const prompt of ['a', 'b', 'c']) await rig.service.submit(t2v(prompt));
    await rig.clock.advance(5_000);
    await settle();
    // 25 credits each at 5 per second: the second would make 50 > 40.
    expect(rig.provider.submits).toHaveLength(1);

    await store.setPricing({ budget: { dailyCredits: null } });
    rig.service.budgetChanged();
    await rig.clock.advance(100);
    await settle();
    expect(rig.provider.submits).toHaveLength(3);
  });

  it('keeps its prices and budget across a restart', async () => {
    const file = memoryFile();
    const first = new MakingStore(file);
    await first.setPricing({
      budget: { dailyCredits: 12 },
      priceOverrides: { 'kling-v3': { pro: 9 } },
    });
    const second = new MakingStore(file);
    await second.load();
    expect(second.budget()).toEqual({ dailyCredits: 12 });
    expect(second.priceOverrides()).toEqual({ 'kling-v3': { pro: 9 } });
  });
});
