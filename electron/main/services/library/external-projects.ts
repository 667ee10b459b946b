import { join } from 'node:path';
import { z } from 'zod';
import { readStateFile, writeStateFile } from '../fs/json-state-file';

/** Project folders the person opened from outside the workspace, remembered across runs. */
export const EXTERNAL_PROJECTS_FILE = 'projects.json';

const ListSchema = z.object({
  version: z.literal(1),
  folders: z.array(z.string().min(1).max(4096)).max(1000),
});

export interface ExternalList {
  folders: string[];
  /** Set when the file was damaged and set aside. */
  problem: string | null;
}

export async function readExternalList(dataDir: string, now: Date): Promise<ExternalList> {
  const read = await readStateFile(join(dataDir, EXTERNAL_PROJECTS_FILE), ListSchema, {
    now: () => now,
  }).catch((error: unknown) => ({ kind: 'failed' as const, error }));
  if (read.kind === 'value') return { folders: read.value.folders, problem: null };
  if (read.kind === 'missing') return { folders: [], problem: null };
  if (read.kind === 'failed')
    return {
      folders: [],
      problem: `The list of opened project folders could not be read (${(read.error as NodeJS.ErrnoException).code ?? String(read.error)}).`,
    };
  return {
    folders: [],
    problem: `The list of opened project folders was damaged (${read.reason}) and set aside as ${read.path}.`,
  };
}

export async function writeExternalList(
  dataDir: string,
  folders: readonly string[],
): Promise<void> {
  await writeStateFile(join(dataDir, EXTERNAL_PROJECTS_FILE), { version: 1, folders });
}
