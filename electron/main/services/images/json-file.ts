import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';

/**
 * Reads a small JSON state file of the app. Missing → null. Unreadable or of the wrong shape →
 * set aside beside itself (never deleted) and reported, so the app starts with defaults.
 */
export async function readJsonFile<T>(
  path: string,
  schema: z.ZodType<T>,
  onSetAside: (asidePath: string) => void = () => undefined,
): Promise<T | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const parsed = schema.safeParse(parseJson(text));
  if (parsed.success) return parsed.data;
  const aside = `${path}.corrupt-${Date.now()}`;
  await rename(path, aside);
  onSetAside(aside);
  return null;
}

/** Written atomically: a crash leaves the old content or the new one, never half of it. */
export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
