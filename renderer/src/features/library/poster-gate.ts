import { useEffect, useRef, useSyncExternalStore } from 'react';

/**
 * Above this speed (2,000 px a second: a card crosses the screen in under half a second) a
 * poster would hardly be seen, and loading and decoding one per card costs frames. Posters
 * fill in as soon as the scroll slows or stops.
 */
const FAST_PX_PER_MS = 2;
/** Speed is judged over this long, so one late frame does not flip the gate back and forth. */
const WINDOW_MS = 100;

let open = true;
const listeners = new Set<() => void>();

function setOpen(next: boolean): void {
  if (next === open) return;
  open = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Whether cards that appear now should load their poster (false during a fast fling). */
export function usePosterGate(): boolean {
  return useSyncExternalStore(subscribe, () => open);
}

/** The gallery reports its scroll offset; a fast fling closes the gate, slowing opens it. */
export function useFlingGate(offset: number, scrolling: boolean): void {
  const since = useRef<{ offset: number; at: number } | null>(null);
  useEffect(() => {
    const at = performance.now();
    const from = since.current;
    if (!scrolling) {
      since.current = { offset, at };
      return setOpen(true);
    }
    // A scroll that starts after a pause starts a new measurement, leaving the gate as it is.
    if (!from || at - from.at > 2 * WINDOW_MS) since.current = { offset, at };
    if (!from || at - from.at < WINDOW_MS || at - from.at > 2 * WINDOW_MS) return;
    since.current = { offset, at };
    setOpen(Math.abs(offset - from.offset) / (at - from.at) < FAST_PX_PER_MS);
  }, [offset, scrolling]);
  // The gate is shared: a gallery that goes away must not leave it closed.
  useEffect(() => () => setOpen(true), []);
}
