import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';
import { parseState } from '../fs/json-state-file';

/**
 * What a later attempt needs to ask for the rest of a file: the address, the validator that
 * proves the server still has the same file (sent back as If-Range), and the full size, which
 * every 206 answer must repeat before its bytes may be appended.
 */
const ResumeStateSchema = z.object({
  version: z.literal(1),
  url: z.string().max(16_384),
  // Goes back into a request header, so only visible ASCII may pass.
  validator: z
    .string()
    .regex(/^[\x20-\x7e]{1,1024}$/)
    .nullable(),
  totalBytes: z.number().int().nonnegative().nullable(),
});
export type ResumeState = z.infer<typeof ResumeStateSchema>;

/** Null when there is no state or it cannot be trusted; either way the part is not resumed. */
export async function readResumeState(path: string): Promise<ResumeState | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  // Unlike the app's other state files an unusable one is not set aside: the part it
  // describes is simply downloaded again from the start, so nothing is lost by dropping it.
  const checked = parseState(text, ResumeStateSchema);
  return checked.ok ? checked.value : null;
}

export async function writeResumeState(path: string, state: ResumeState): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(state)}\n`);
}

/** The strongest validator the answer offers for If-Range, or null when it offers none. */
export function validatorOf(response: Response): string | null {
  const etag = response.headers.get('etag')?.trim();
  // RFC 9110 §13.1.5: If-Range needs a strong validator; a weak ETag would never match.
  if (etag !== undefined && /^"[\x21\x23-\x7e]*"$/.test(etag)) return etag;
  const lastModified = response.headers.get('last-modified')?.trim();
  if (
    lastModified !== undefined &&
    /^[\x20-\x7e]{1,1024}$/.test(lastModified) &&
    !Number.isNaN(Date.parse(lastModified))
  )
    return lastModified;
  return null;
}
