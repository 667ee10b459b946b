import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';
import { newId } from '../ids';
import { setAside } from './set-aside';

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
  const path = join(dir, PROJECT_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  const parsed = ProjectFileSchema.safeParse(parseJson(text));
  if (parsed.success) return { file: parsed.data, problem: null };
  const aside = await setAside(path, now);
  const file = salvage(text, basename(dir), now);
  await writeProjectFile(dir, file);
  return {
    file,
    problem: `${PROJECT_FILE} was damaged; it was set aside as ${aside ?? 'a .corrupt copy'} and written again.`,
  };
}

/** A fresh project file for a folder adopted as a project. */
export function newProjectFile(name: string, now: Date): ProjectFile {
  return {
    version: 1,
    id: newId('proj'),
    name: name.slice(0, 200) || 'Project',
    createdAt: now.toISOString(),
  };
}

export async function writeProjectFile(dir: string, file: ProjectFile): Promise<void> {
  await writeFileAtomic(join(dir, PROJECT_FILE), `${JSON.stringify(file, null, 2)}\n`);
}

function salvage(text: string, folderName: string, now: Date): ProjectFile {
  const id = /"id"\s*:\s*"([A-Za-z0-9_-]{1,128})"/.exec(text)?.[1];
  const name = /"name"\s*:\s*"([^"\\]{1,200})"/.exec(text)?.[1];
  const fresh = newProjectFile(name ?? folderName, now);
  return id ? { ...fresh, id } : fresh;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
