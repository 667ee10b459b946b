import { z } from 'zod';
import { ActionSchema, IdSchema } from './domain';
import { MODEL_IDS } from './models';
import { ruleText } from './rule-text';

export const PresetNameSchema = z
  .string()
  .trim()
  .min(1, { error: () => ruleText('rules:names.preset') })
  .max(80);

/** The settings a preset keeps: action, model and every plain option, as sent (no prompt, no inputs). */
export const PresetSettingsSchema = z
  .object({
    action: ActionSchema,
    model: z.enum(MODEL_IDS),
    parameters: z.record(z.string(), z.unknown()),
  })
  .strict();
export type PresetSettings = z.infer<typeof PresetSettingsSchema>;

export const PresetSchema = PresetSettingsSchema.extend({
  id: IdSchema,
  name: PresetNameSchema,
  savedAt: z.string(),
});
export type Preset = z.infer<typeof PresetSchema>;

/** One prompt that was sent, and when (ISO time). */
export const PromptEntrySchema = z.object({ prompt: z.string().max(20_000), at: z.string() });
export type PromptEntry = z.infer<typeof PromptEntrySchema>;

/** How many presets and remembered prompts are kept. */
export const PRESETS_MAX = 100;
export const HISTORY_MAX = 300;

/** Request keys a preset leaves out: the prompt and the inputs that point at files or clips. */
export const NOT_IN_PRESET = [
  'prompt',
  'start_image_url',
  'end_image_url',
  'image_list',
  'video_list',
  'element_list',
  'voice_list',
  'video_id',
  'multi_prompt',
] as const;
