/** The byte span of a 206 answer: `Content-Range: bytes <first>-<last>/<complete>`. */
export interface ContentRange {
  first: number;
  last: number;
  complete: number;
}

// Only the satisfied form with a known complete length says exactly where the bytes belong;
// `*` for the length, another unit or a multipart answer cannot be spliced safely.
const SATISFIED_RANGE = /^bytes (\d{1,16})-(\d{1,16})\/(\d{1,16})$/i;

/** Null when the header is missing, malformed or describes an impossible span. */
export function parseContentRange(raw: string | null): ContentRange | null {
  if (raw === null) return null;
  const match = SATISFIED_RANGE.exec(raw.trim());
  if (match === null) return null;
  const first = Number(match[1]);
  const last = Number(match[2]);
  const complete = Number(match[3]);
  if (!Number.isSafeInteger(complete) || first > last || last >= complete) return null;
  return { first, last, complete };
}
