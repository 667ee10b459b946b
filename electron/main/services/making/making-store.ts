import { z } from 'zod';
import {
  BudgetSchema,
  PriceOverridesSchema,
  type Budget,
  type PriceOverrides,
} from '../../../../shared/pricing/overrides';
import {
  HISTORY_MAX,
  PRESETS_MAX,
  PresetSchema,
  PresetSettingsSchema,
  PromptEntrySchema,
  type Preset,
  type PresetSettings,
  type PromptEntry,
} from '../../../../shared/presets';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import type { StateFile } from '../fs/json-state-file';
import { newId } from '../ids';

/** The file's name inside the app's data folder. */
export const MAKING_FILE = 'making.json';

/**
 * What the making tools keep: the person's own prices and daily budget, named presets and the
 * prompts sent. Each part falls back
 * to its default on its own when a hand edit broke it; unknown keys (a newer app's) are kept.
 */
export const MakingStateSchema = z.looseObject({
  priceOverrides: PriceOverridesSchema.catch({}).default({}),
  budget: BudgetSchema.catch({ dailyCredits: null }).default({ dailyCredits: null }),
  presets: z.array(PresetSchema).max(PRESETS_MAX).catch([]).default([]),
  /** Prompts sent, most recent first, each once. */
  history: z.array(PromptEntrySchema).max(HISTORY_MAX).catch([]).default([]),
  /**
   * The settings of each project's last submission, by project id. Entries are checked one by
   * one when read (`lastSettings`), so one a newer or older app wrote does not cost the others.
   */
  lastSettings: z.record(z.string(), z.unknown()).catch({}).default({}),
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

  presets(): Preset[] {
    return this.state.presets;
  }

  /**
   * Saves the settings under `name`; a preset of the same name (any case) is replaced.
   * @throws AppError `invalid_request` when the list is full.
   */
  async savePreset(name: string, settings: PresetSettings, now: Date): Promise<Preset[]> {
    const same = (preset: Preset) => preset.name.toLowerCase() === name.toLowerCase();
    const old = this.state.presets.find(same);
    if (!old && this.state.presets.length >= PRESETS_MAX)
      throw new AppError(
        'invalid_request',
        t('errors:invalid_request.presetsFull', { max: PRESETS_MAX }),
      );
    const preset: Preset = {
      ...settings,
      id: old?.id ?? newId('preset'),
      name,
      savedAt: now.toISOString(),
    };
    const presets = old
      ? this.state.presets.map((p) => (p.id === old.id ? preset : p))
      : [...this.state.presets, preset];
    await this.change({ presets });
    return presets;
  }

  /** @throws AppError `invalid_request` for an unknown preset or a name another one has. */
  async renamePreset(presetId: string, name: string): Promise<Preset[]> {
    if (!this.state.presets.some((p) => p.id === presetId))
      throw new AppError('invalid_request', t('errors:invalid_request.presetGone'));
    if (
      this.state.presets.some(
        (p) => p.id !== presetId && p.name.toLowerCase() === name.toLowerCase(),
      )
    )
      throw new AppError('invalid_request', t('errors:invalid_request.presetNameTaken', { name }));
    const presets = this.state.presets.map((p) => (p.id === presetId ? { ...p, name } : p));
    await this.change({ presets });
    return presets;
  }

  async deletePreset(presetId: string): Promise<Preset[]> {
    const presets = this.state.presets.filter((p) => p.id !== presetId);
    if (presets.length !== this.state.presets.length) await this.change({ presets });
    return presets;
  }

  /** Prompts sent, most recent first; those containing every word of `text` when given. */
  history(text = ''): PromptEntry[] {
    const words = text.toLowerCase().split(/\s+/).filter(Boolean);
    return this.state.history.filter((entry) => {
      const prompt = entry.prompt.toLowerCase();
      return words.every((word) => prompt.includes(word));
    });
  }

  /** Puts a sent prompt at the head of the history (once), dropping the oldest beyond the cap. */
  async rememberPrompt(prompt: string, now: Date): Promise<void> {
    const text = prompt.trim();
    if (!text) return;
    const rest = this.state.history.filter((entry) => entry.prompt !== text);
    await this.change({
      history: [{ prompt: text, at: now.toISOString() }, ...rest].slice(0, HISTORY_MAX),
    });
  }

  /**
   * The settings last sent in a project, or null when none were or they no longer fit this
   * app (a model it does not know, a hand edit): the composer then keeps its defaults.
   */
  lastSettings(projectId: string): PresetSettings | null {
    const stored = this.state.lastSettings[projectId];
    if (stored === undefined) return null;
    const parsed = PresetSettingsSchema.safeParse(stored);
    if (parsed.success) return parsed.data;
    this.log(
      `${MAKING_FILE}: the last settings of project ${projectId} are not usable; defaults are used.`,
    );
    return null;
  }

  /** Remembers the settings just sent in a project, replacing the ones before. */
  async rememberSettings(projectId: string, settings: PresetSettings): Promise<void> {
    await this.change({ lastSettings: { ...this.state.lastSettings, [projectId]: settings } });
  }

  /** Forgets a project's last settings (the project is gone, or a test starts afresh). */
  async forgetSettings(projectId: string): Promise<void> {
    if (!(projectId in this.state.lastSettings)) return;
    const lastSettings = { ...this.state.lastSettings };
    delete lastSettings[projectId];
    await this.change({ lastSettings });
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
