import { z } from 'zod';
import { ActionSchema } from './domain';
import { MODEL_IDS } from './models';

/**
 * What a video made by the app carries about how it was made: enough to put the same request
 * back in the composer. Read from files of unknown origin, so it is parsed, never trusted.
 */
export const EmbeddedSettingsSchema = z.object({
  app: z.literal('Kling Studio'),
  version: z.literal(1),
  action: ActionSchema,
  model: z.enum(MODEL_IDS),
  prompt: z.string().max(10_000),
  /** Every parameter that was sent to the provider, as in the clip's sidecar. */
  parameters: z.record(z.string(), z.unknown()),
});
export type EmbeddedSettings = z.infer<typeof EmbeddedSettingsSchema>;
