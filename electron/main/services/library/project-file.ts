import { z } from 'zod';

/** Marks a folder as a Kling Studio project; the folder name is only a label. */
export const PROJECT_FILE = 'kling-project.json';

export const ProjectFileSchema = z.object({
  version: z.literal(1),
  id: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/),
  name: z.string().min(1).max(200),
  createdAt: z.string(),
});
export type ProjectFile = z.infer<typeof ProjectFileSchema>;
