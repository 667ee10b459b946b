import { CHANNELS, EVENTS, FILE_CHANNELS } from '../../shared/contract';

/**
 * The shape `window.kling` must have, derived from the contract's channel and event names
 * alone (not from the bridge builder), so the expectation moves with the contract: each
 * domain, with one function per channel, per file channel, and `onX` per event.
 */
export function expectedKlingShape(): Record<string, string[]> {
  const shape: Record<string, Set<string>> = {};
  const add = (name: string, key: (verb: string) => string) => {
    const [domain = '', verb = ''] = name.split(':');
    (shape[domain] ??= new Set()).add(key(verb));
  };
  for (const channel of CHANNELS) add(channel, (verb) => verb);
  for (const wrapper of Object.keys(FILE_CHANNELS)) add(wrapper, (verb) => verb);
  for (const event of EVENTS) add(event, (verb) => `on${verb[0]?.toUpperCase()}${verb.slice(1)}`);
  return Object.fromEntries(
    Object.entries(shape)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([domain, keys]) => [domain, [...keys].sort()]),
  );
}
