/**
 * The length of a text as people count it and as the provider limits it: one per Unicode code
 * point, so an emoji is one character, not the two UTF-16 units `String.length` reports.
 * Used by the request validator and by every on-screen counter, so both always agree.
 */
export function characterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    // A high surrogate followed by a low one is a single code point; a lone surrogate counts once.
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i += 1;
    count += 1;
  }
  return count;
}
