import { z } from 'zod';

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
  .min(1, 'Type the proxy address, such as http://proxy.example:8080.')
  .max(PROXY_URL_MAX_CHARS, 'That proxy address is too long.')
  .refine((text) => proxyUrlProblem(text) === null, {
    error: (issue) => proxyUrlProblem(String(issue.input)) ?? 'That proxy address is not valid.',
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
    return 'That proxy address is not valid: write it as http://host:port.';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return 'The proxy address must start with http:// or https://.';
  if (url.username || url.password)
    return 'Leave the user name and password out of the proxy address; they would be stored unprotected.';
  if (!url.hostname) return 'The proxy address needs a host name.';
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash)
    return 'The proxy address is only a host and a port, with nothing after them.';
  return null;
}
