import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic } from './atomic-write';
import { setAside } from './set-aside';

/**
 * What reading a state file found: its checked value, no file at all, or a damaged file that
 * was renamed beside itself (`path` is where it went) for the person to inspect.
 */
export type StateRead<T> =
  | { kind: 'value'; value: T }
  | { kind: 'missing' }
  | { kind: 'setAside'; path: string; reason: string };

/** One JSON file of the app's own state, read through a schema and written atomically. */
export interface StateFile<T> {
  read(): Promise<StateRead<T>>;
  write(value: T): Promise<void>;
}

export interface StateFileOptions {
  /** Names the set-aside copy; defaults to the system clock. */
  now?: () => Date;
}

/** The `StateFile` at `path`; see `readStateFile` and `writeStateFile` for what each does. */
export function jsonStateFile<T>(
  path: string,
  schema: z.ZodType<T>,
  options: StateFileOptions = {},
): StateFile<T> {
  return {
    read: () => readStateFile(path, schema, options),
    write: (value) => writeStateFile(path, value),
  };
}

/**
 * Reads `path` as JSON checked by `schema`. Missing → `missing`. Not JSON, or JSON of the
 * wrong shape → the file is renamed to `<name>.corrupt-<time>` and `setAside` says where and
 * why, so the app can start from defaults without losing what was there. Any other read error
 * (permissions, a folder in its place) and a failed rename are thrown as the `ErrnoException`.
 */
export async function readStateFile<T>(
  path: string,
  schema: z.ZodType<T>,
  options: StateFileOptions = {},
): Promise<StateRead<T>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  const checked = parseState(text, schema);
  if (checked.ok) return { kind: 'value', value: checked.value };
  const aside = await setAside(path, (options.now ?? (() => new Date()))());
  return { kind: 'setAside', path: aside, reason: checked.reason };
}

/** Checks a state file's text: the value, or in a few words why it cannot be used. */
export function parseState<T>(
  text: string,
  schema: z.ZodType<T>,
): { ok: true; value: T } | { ok: false; reason: string } {
  const raw = parseJson(text);
  if (raw === undefined) return { ok: false, reason: 'not valid JSON' };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid' };
}

/**
 * Writes `value` as indented JSON, atomically and durably (see `writeFileAtomic`), creating
 * the parent folder (owner-only) when missing. Throws the file system's error.
 */
export async function writeStateFile(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** JSON text → value, or `undefined` (which JSON cannot express) when it does not parse. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
