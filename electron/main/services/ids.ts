import { randomBytes } from 'node:crypto';

/** Opaque ids: a prefix for readability in files, random bytes so nothing can be guessed. */
export function newId(prefix: 'job' | 'clip' | 'proj' | 'preset'): string {
  return `${prefix}_${randomBytes(8).toString('hex')}`;
}
