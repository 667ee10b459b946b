import { z } from 'zod';
import { ruleText } from './rule-text';

/** Longest proxy address taken; a real one is a host and a port. */
export const PROXY_URL_MAX_CHARS = 500;

/**
 * A proxy address typed by the person: `http://host:port` or `https://host:port`, nothing
 * after the port. A user name or password is refused: it would be kept in a plain preferences
 * file, and Chromium asks for proxy sign-in itself.
 */
export const ProxyUrlSchema = z
  .string()
  .trim()
  // Messages are functions so each refusal is worded in the language of the moment.
  .min(1, { error: () => ruleText('rules:proxy.empty') })
  .max(PROXY_URL_MAX_CHARS, { error: () => ruleText('rules:proxy.tooLong') })
  .refine((text) => proxyUrlProblem(text) === null, {
    error: (issue) => proxyUrlProblem(String(issue.input)) ?? ruleText('rules:proxy.invalid'),
  });

/**
 * How main reaches the network: `system` follows the computer's proxy settings (Chromium's in
 * the app, `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY` under Node), `none` connects directly, and
 * `manual` sends everything through the one proxy given.
 */
export const ProxyChoiceSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('system') }).strict(),
  z.object({ mode: z.literal('none') }).strict(),
  z.object({ mode: z.literal('manual'), url: ProxyUrlSchema }).strict(),
]);
export type ProxyChoice = z.infer<typeof ProxyChoiceSchema>;

export const DEFAULT_PROXY_CHOICE: ProxyChoice = { mode: 'system' };

/** What is wrong with a typed proxy address, in words for the person; null when it is fine. */
export function proxyUrlProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return ruleText('rules:proxy.unreadable');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return ruleText('rules:proxy.protocol');
  if (url.username || url.password) return ruleText('rules:proxy.credentials');
  if (!url.hostname) return ruleText('rules:proxy.host');
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash)
    return ruleText('rules:proxy.trailing');
  return null;
}
