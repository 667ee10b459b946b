import { z } from 'zod';
import { ActionSchema } from '../../../../shared/domain';
import { MODEL_IDS } from '../../../../shared/models';

/** The human-readable record beside each video; the sidecars are the library's truth. */
export const SIDECAR_VERSION = 1;
export const SIDECAR_SUFFIX = '.kling.json';

export const SidecarSchema = z.object({
  version: z.literal(SIDECAR_VERSION),
  clipId: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/),
  jobId: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/),
  /** The video's file name inside the project folder, chosen by the app. */
  videoFile: z.string().regex(/^[A-Za-z0-9_-]{1,128}\.mp4$/),
  action: ActionSchema,
  model: z.enum(MODEL_IDS),
  prompt: z.string(),
  /** Every parameter that was sent to the provider, so the clip can be made again. */
  parameters: z.record(z.string(), z.unknown()),
  taskId: z.string(),
  videoId: z.string().nullable(),
  sourceUrl: z.string(),
  durationSec: z.number().nullable(),
  sizeBytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[a-f0-9]{64}$/),
  parentClipId: z.string().nullable(),
  submittedAt: z.string(),
  createdAt: z.string(),
});
export type Sidecar = z.infer<typeof SidecarSchema>;
