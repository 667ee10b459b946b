import type { z } from 'zod';
import type { StateFile, StateRead } from '../fs/json-state-file';
import { setAside } from '../fs/set-aside';

/**
 * The part of an electron-store (or `conf`, the Node library it is built on) that preferences
 * use: the whole object, read and replaced at once. Opening one throws a `SyntaxError` when
 * its file is not JSON (with `clearInvalidConfig: false`, which keeps it from wiping the file).
 */
export interface KeyValueStore {
  store: Record<string, unknown>;
}

export interface KeyValueStateFileOptions {
  /** Names the set-aside copy; defaults to the system clock. */
  now?: () => Date;
}

/**
 * A `StateFile` kept by a key-value store whose file is at `path`. Reading opens the store
 * (once) and checks its object with `schema`: a file that is not JSON, or JSON the schema
 * refuses, is renamed beside itself (see `setAside`) and answered as `setAside`, so the next
 * write starts a fresh file rather than overwriting what the person might want back. A missing
 * file reads as `missing`. Throws what `open` throws other than a `SyntaxError`, and the
 * rename's `ErrnoException`.
 */
export function keyValueStateFile<T extends Record<string, unknown>>(
  path: string,
  open: () => KeyValueStore,
  schema: z.ZodType<T>,
  options: KeyValueStateFileOptions = {},
): StateFile<T> {
  const now = options.now ?? (() => new Date());
  let opened: KeyValueStore | null = null;
  const aside = async (reason: string): Promise<StateRead<T>> => {
    opened = null;
    return { kind: 'setAside', path: await setAside(path, now()), reason };
  };
  return {
    async read() {
      try {
        opened = open();
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error;
        return aside('not valid JSON');
      }
      const raw = opened.store;
      if (Object.keys(raw).length === 0) return { kind: 'missing' };
      const checked = schema.safeParse(raw);
      if (checked.success) return { kind: 'value', value: checked.data };
      const issue = checked.error.issues[0];
      return aside(issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid');
    },
    async write(value) {
      opened ??= open();
      opened.store = value;
    },
  };
}
