import { readFile } from 'node:fs/promises';
import { t } from '../../../../shared/i18n';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { readStateFile, writeStateFile } from '../fs/json-state-file';
import { newId } from '../ids';

/** Marks a folder as a Kling Studio project; the folder name is only a label. */
export const PROJECT_FILE = 'kling-project.json';

export const ProjectFileSchema = z.looseObject({
  version: z.literal(1),
  id: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/),
  name: z.string().min(1).max(200),
  createdAt: z.string(),
});
export type ProjectFile = z.infer<typeof ProjectFileSchema>;

export interface ProjectFileRead {
  file: ProjectFile;
  /** Set when the file was damaged or missing and had to be written again. */
  problem: string | null;
}

/**
 * Reads a folder's project file. A damaged one is set aside and written again, keeping the
 * project's id when it can still be read from the damaged text, so jobs that point at the
 * project keep finding it.
 */
export async function readProjectFile(dir: string, now: Date): Promise<ProjectFileRead | null> {
  const read = await readStateFile(join(dir, PROJECT_FILE), ProjectFileSchema, {
    now: () => now,
  });
  if (read.kind === 'missing') return null;
  if (read.kind === 'value') return { file: read.value, problem: null };
  const text = await readFile(read.path, 'utf8').catch(() => '');
  const file = salvage(text, basename(dir), now);
  await writeProjectFile(dir, file);
  return {
    file,
    problem: `${PROJECT_FILE} was damaged (${read.reason}); it was set aside as ${basename(read.path)} and written again.`,
  };
}

/** A fresh project file for a folder adopted as a project. */
export function newProjectFile(name: string, now: Date): ProjectFile {
  return {
    version: 1,
    id: newId('proj'),
    name: name.slice(0, 200) || t('desktop:projectFallbackName'),
    createdAt: now.toISOString(),
  };
}

export async function writeProjectFile(dir: string, file: ProjectFile): Promise<void> {
  await writeStateFile(join(dir, PROJECT_FILE), file);
}

function salvage(text: string, folderName: string, now: Date): ProjectFile {
  const id = /"id"\s*:\s*"([A-Za-z0-9_-]{1,128})"/.exec(text)?.[1];
  const name = /"name"\s*:\s*"([^"\\]{1,200})"/.exec(text)?.[1];
  const fresh = newProjectFile(name ?? folderName, now);
  return id ? { ...fresh, id } : fresh;
}
