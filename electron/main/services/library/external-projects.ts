import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';
import { setAside } from './set-aside';

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
  const path = join(dataDir, EXTERNAL_PROJECTS_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { folders: [], problem: null };
  }
  try {
    return { folders: ListSchema.parse(JSON.parse(text)).folders, problem: null };
  } catch {
    const aside = await setAside(path, now);
    return {
      folders: [],
      problem: `The list of opened project folders was damaged and set aside as ${aside ?? 'a .corrupt copy'}.`,
    };
  }
}

export async function writeExternalList(
  dataDir: string,
  folders: readonly string[],
): Promise<void> {
  await writeFileAtomic(
    join(dataDir, EXTERNAL_PROJECTS_FILE),
    `${JSON.stringify({ version: 1, folders }, null, 2)}\n`,
  );
}
