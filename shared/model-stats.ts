import { z } from 'zod';
import { MODEL_IDS } from './models';

/** How one model has done for this user, from the app's own job journal. */
export const ModelStatsSchema = z.object({
  model: z.enum(MODEL_IDS),
  /** Every job ever sent or queued for this model. */
  jobs: z.number().int().nonnegative(),
  /** Jobs that ended: ready (downloaded) or failed. */
  finished: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  /** failed ÷ finished, 0…1; null before any job ended. */
  failureRate: z.number().min(0).max(1).nullable(),
  /** Why jobs failed, most frequent first (error code → count). */
  failureReasons: z.array(z.object({ code: z.string(), count: z.number().int().positive() })),
  /** Seconds from the provider accepting a job to its clip being in the library; null if none. */
  medianSecondsToFinish: z.number().nonnegative().nullable(),
  /** Seconds AceData billed for this model's videos (their reported length for older jobs). */
  billedSeconds: z.number().nonnegative(),
});
export type ModelStats = z.infer<typeof ModelStatsSchema>;
