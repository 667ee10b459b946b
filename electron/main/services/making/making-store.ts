import { z } from 'zod';
import {
  BudgetSchema,
  PriceOverridesSchema,
  type Budget,
  type PriceOverrides,
} from '../../../../shared/pricing/overrides';
import type { StateFile } from '../fs/json-state-file';

/** The file's name inside the app's data folder. */
export const MAKING_FILE = 'making.json';

/**
 * What the making tools keep: the person's own prices and daily budget. Each part falls back
 * to its default on its own when a hand edit broke it; unknown keys (a newer app's) are kept.
 */
export const MakingStateSchema = z.looseObject({
  priceOverrides: PriceOverridesSchema.catch({}).default({}),
  budget: BudgetSchema.catch({ dailyCredits: null }).default({ dailyCredits: null }),
});
export type MakingState = z.infer<typeof MakingStateSchema>;

/**
 * `making.json`, read once at start and written through on each change, so the queue can ask
 * about the budget synchronously before every submission. A damaged file is set aside by the
 * state file and reported through `log`; the defaults (table prices, no budget) are used.
 */
export class MakingStore {
  private state: MakingState = MakingStateSchema.parse({});
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: StateFile<MakingState>,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  async load(): Promise<void> {
    try {
      const read = await this.file.read();
      if (read.kind === 'value') this.state = read.value;
      if (read.kind === 'setAside')
        this.log(`${MAKING_FILE} was damaged (${read.reason}); set aside as ${read.path}.`);
    } catch (error) {
      this.log(`${MAKING_FILE} could not be read (${String(error)}); defaults are used.`);
    }
  }

  priceOverrides(): PriceOverrides {
    return this.state.priceOverrides;
  }

  budget(): Budget {
    return this.state.budget;
  }

  /** Replaces the overrides and/or the budget; what is not given stays. */
  async setPricing(change: { priceOverrides?: PriceOverrides; budget?: Budget }): Promise<void> {
    await this.change(change);
  }

  private async change(patch: Partial<MakingState>): Promise<void> {
    this.state = { ...this.state, ...patch };
    const snapshot = { ...this.state };
    // Chained, so an older snapshot never lands after a newer one.
    const write = this.writing.then(() => this.file.write(snapshot));
    this.writing = write.catch(() => undefined);
    await write;
  }
}
