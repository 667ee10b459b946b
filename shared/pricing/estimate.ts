import { REQUEST_DEFAULTS, type Mode } from '../capabilities/model-capabilities';
import { isToolKind, type ClipKind } from '../domain';
import { canonicalModel } from '../models';
import type { PriceTable } from './price-table';

/** What an estimate is made of, for the window to show beside the figure. */
export interface CostEstimate {
  /** Whole credits (rounded up: a part-credit is still charged as one). */
  credits: number;
  /** Seconds the figure is for; null for a tool priced per call. */
  seconds: number | null;
  /** Null when the table has no rate for this model and mode (then `credits` is 0). */
  rate: number | null;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * The credits a request costs, from the body as sent to AceData (snake_case, as in the job
 * journal and a sidecar's `parameters`): per second of output at the model's rate for its
 * mode, plus the sound and voice surcharges per second; a tool costs its per-call price.
 * `billedSec` (the answer's `usage.duration`) replaces the requested length once known.
 * AceData Kling API docs §10 "Cost".
 */
export function estimateCredits(
  kind: ClipKind,
  body: Readonly<Record<string, unknown>>,
  table: PriceTable,
  billedSec: number | null = null,
): CostEstimate {
  if (isToolKind(kind)) return { credits: table.tools[kind], seconds: null, rate: null };
  const model = typeof body['model'] === 'string' ? canonicalModel(body['model']) : null;
  const mode = (typeof body['mode'] === 'string' ? body['mode'] : REQUEST_DEFAULTS.mode) as Mode;
  const seconds = billedSec ?? numberOr(body['duration'], REQUEST_DEFAULTS.duration);
  const base = model ? table.models[model][mode] : undefined;
  if (!model || base === undefined) return { credits: 0, seconds, rate: null };
  // v3-turbo always makes sound even when the field is omitted; its table rate includes it.
  const audio = body['generate_audio'] === true ? (table.audioPerSecond[model] ?? 0) : 0;
  const voices = Array.isArray(body['voice_list']) && body['voice_list'].length > 0;
  const rate = base + audio + (voices ? table.voicePerSecond : 0);
  return { credits: Math.ceil(rate * seconds - 1e-9), seconds, rate };
}
