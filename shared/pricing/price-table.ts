import type { Mode } from '../capabilities/model-capabilities';
import type { ModelId } from '../models';
import type { ToolKind } from '../domain';
import { ruleText } from '../rule-text';

/** Credits per second of output, by mode; a mode a model does not offer is absent. */
export type ModeRates = Partial<Record<Mode, number>>;

export interface PriceTable {
  /** The day the rates were gathered (ISO date). */
  date: string;
  /** Where they come from, in words a person can follow up. */
  source: string;
  /** No authoritative AceData list exists: every figure is an estimate to be overridden. */
  estimate: true;
  /** Credits per second of video, per model and mode. */
  models: Readonly<Record<ModelId, ModeRates>>;
  /** Extra credits per second when the model generates sound (`generate_audio: true`). */
  audioPerSecond: Readonly<Partial<Record<ModelId, number>>>;
  /** Extra credits per second for a request with voices (`voice_list`), on top of audio. */
  voicePerSecond: number;
  /** The tools are priced per call (their output length is not chosen up front). */
  tools: Readonly<Record<ToolKind, number>>;
}

/*
 * Only kling-v1's rates rest on a figure seen in print: a third-party summary of Kling's
 * consumer credits (a 5 s clip: 10 credits Standard, 35 Professional), turned into credits per
 * second. Every other figure is a rough estimate scaled from it by model generation; none comes
 * from a published list. AceData bills in its own credits and publishes no list (AceData Kling
 * API docs §10 "Cost": credits per model, mode and second, with audio and voice surcharges,
 * tools priced per call), so the app labels every figure an estimate and Settings → Prices lets
 * the person enter their account's rate per model and mode.
 */
export const PRICE_TABLE: PriceTable = {
  date: '2026-11-29',
  // Read when shown, so the note is in the language of the moment.
  get source() {
    return ruleText('rules:pricing.source');
  },
  estimate: true,
  models: {
    'kling-v1': { std: 2, pro: 7 },
    'kling-v1-6': { std: 4, pro: 7 },
    'kling-v2-master': { std: 20, pro: 20 },
    'kling-v2-1-master': { std: 20, pro: 20 },
    'kling-v2-5-turbo': { std: 5, pro: 7 },
    'kling-v2-6': { std: 5, pro: 7 },
    'kling-v3': { std: 8, pro: 12, '4k': 24 },
    'kling-v3-omni': { std: 8, pro: 12, '4k': 24 },
    'kling-v3-turbo': { std: 6, pro: 9 },
    'kling-o1': { std: 8, pro: 12 },
  },
  audioPerSecond: {
    'kling-v2-6': 5,
    'kling-v3': 4,
    'kling-v3-omni': 4,
    // Turbo always makes sound: its rate above already includes it.
    'kling-v3-turbo': 0,
  },
  voicePerSecond: 2,
  tools: { motion: 60, 'lip-sync': 10, 'talking-photo': 40 },
};
