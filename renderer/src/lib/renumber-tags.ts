/** The catalog items a prompt names by position: `<<<element_n>>>`, `<<<voice_n>>>`. */
export type TagNoun = 'element' | 'voice';

/**
 * The prompt after item `removed` (1-based) of the `noun` list is taken out: its own tags go,
 * with one of the spaces around each so no double or stray space is left, and every later tag
 * moves down by one so it still names the same item (`<<<element_3>>>` becomes
 * `<<<element_2>>>`). Tags of other nouns and numbers below `removed` are kept as written.
 */
export function dropTag(text: string, noun: TagNoun, removed: number): string {
  let out = '';
  let from = 0;
  for (const match of text.matchAll(new RegExp(`<<<${noun}_(\\d+)>>>`, 'g'))) {
    const position = Number(match[1]);
    out += text.slice(from, match.index);
    from = match.index + match[0].length;
    if (position < removed) out += match[0];
    else if (position > removed) out += `<<<${noun}_${position - 1}>>>`;
    // The tag goes with one space: the one after it, or before punctuation or the end, the
    // one before it.
    else if (text[from] === ' ') from += 1;
    else if (out.endsWith(' ')) out = out.slice(0, -1);
  }
  return out + text.slice(from);
}
