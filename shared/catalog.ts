import { z } from 'zod';
import { AppErrorSchema } from './domain';

/*
 * Elements (saved characters and objects) and voices, as the pickers show them. Both come
 * from AceData's `/kling/elements` and `/kling/voices` and are cached on disk by main.
 */

export const CATALOG_KINDS = ['elements', 'voices'] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];

export const CatalogItemSchema = z.object({
  /** Sent back exactly as the list gave it (an element id may be a number: AceData docs). */
  id: z.union([z.string().min(1).max(256), z.number().int().nonnegative()]),
  name: z.string().max(500),
  /** `preset`: offered to every account; `own`: made on this account (can be deleted). */
  source: z.enum(['preset', 'own']),
  /** An https picture (element) or sample (voice) the provider gave, for the picker. */
  previewUrl: z.string().max(4096).nullable(),
});
export type CatalogItem = z.infer<typeof CatalogItemSchema>;

export const CatalogListSchema = z.object({
  items: z.array(CatalogItemSchema),
  /** When the items were fetched (ISO time); null when nothing was ever fetched. */
  fetchedAt: z.string().nullable(),
  /** Why the list could not be refreshed just now; the items are then the cached ones. */
  problem: AppErrorSchema.nullable(),
});
export type CatalogList = z.infer<typeof CatalogListSchema>;
