/**
 * Provider text made fit to show: AceData passes Kling's messages through, and some carry
 * HTML (a refusal arrives as `<b>…</b>`). Tags (a `<` followed by a letter or `/`) are dropped, the few entities such messages use
 * are decoded, runs of white space become one space, and the result is cut at `maxChars`
 * code points (with "…"), so a message never shows markup noise or floods a row.
 */
export function plainProviderText(text: string, maxChars = 600): string {
  const plain = text
    .replace(/<\/?[a-z][^<>]{0,200}>/gi, ' ')
    .replace(/&(lt|gt|amp|quot|#39|apos|nbsp);/g, (_whole, name: string) => ENTITIES[name] ?? ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const points = Array.from(plain);
  return points.length > maxChars ? `${points.slice(0, maxChars - 1).join('')}…` : plain;
}

const ENTITIES: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  '#39': "'",
  apos: "'",
  nbsp: ' ',
};

/*
 * Words Kling's and AceData's refusals use for moderation, in English and Chinese. A 403
 * `forbidden` is AceData's own code for content refused by moderation (AceData Kling API docs,
 * "Errors"); a task that fails later says so only in its text.
 */
const REFUSAL_WORDS =
  /moderat|sensitive|inappropriate|violat|content polic|risk control|not allowed content|审核|敏感|违规|违禁|风控/i;

/**
 * True when a failure is the provider refusing the content (prompt or image), which the same
 * request sent again would meet again: the person should change it, not retry it.
 * `code` is the job error's code, `message` its (provider) text.
 */
export function isContentRefusal(error: { code: string; message: string }): boolean {
  return error.code === 'forbidden' || REFUSAL_WORDS.test(error.message);
}
