import { z } from 'zod';
import { ruleText } from './rule-text';

/** Every model AceData's Kling endpoint accepts, in the order the composer offers them. */
export const MODEL_IDS = [
  'kling-v1',
  'kling-v1-6',
  'kling-v2-master',
  'kling-v2-1-master',
  'kling-v2-5-turbo',
  'kling-v2-6',
  'kling-v3',
  'kling-v3-omni',
  'kling-v3-turbo',
  'kling-o1',
] as const;

export type ModelId = (typeof MODEL_IDS)[number];

/** The product docs also call `kling-o1` by this name; the API is sent the canonical id. */
const MODEL_ALIASES: Readonly<Record<string, ModelId>> = { 'kling-video-o1': 'kling-o1' };

export const DEFAULT_MODEL: ModelId = 'kling-v3';

/**
 * The names people know the models by, from Kling's own release names (Kling 3.0, 2.5 Turbo…);
 * the composer shows them beside the id the API is sent.
 */
export const MODEL_NAMES: Readonly<Record<ModelId, string>> = {
  'kling-v1': 'Kling 1.0',
  'kling-v1-6': 'Kling 1.6',
  'kling-v2-master': 'Kling 2.0 Master',
  'kling-v2-1-master': 'Kling 2.1 Master',
  'kling-v2-5-turbo': 'Kling 2.5 Turbo',
  'kling-v2-6': 'Kling 2.6',
  'kling-v3': 'Kling 3.0',
  'kling-v3-omni': 'Kling 3.0 Omni',
  'kling-v3-turbo': 'Kling 3.0 Turbo',
  'kling-o1': 'Kling O1',
};

export function canonicalModel(name: string): ModelId | null {
  const alias = MODEL_ALIASES[name];
  if (alias) return alias;
  return (MODEL_IDS as readonly string[]).includes(name) ? (name as ModelId) : null;
}

/** Accepts a canonical id or an alias and yields the canonical id. */
export const ModelIdSchema = z
  .string()
  .max(64)
  .transform((name, ctx) => {
    const id = canonicalModel(name);
    if (!id) {
      ctx.addIssue({ code: 'custom', message: ruleText('rules:models.unknown', { name }) });
      return z.NEVER;
    }
    return id;
  });
