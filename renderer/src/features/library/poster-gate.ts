import { useEffect, useRef, useSyncExternalStore } from 'react';

/**
 * Above this speed (pixels per millisecond, about a screen in a tenth of a second) cards
 * fly past before a poster could be seen: loading and decoding them would only cost frames.
 */
const FAST_PX_PER_MS = 5;

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
  const last = useRef<{ offset: number; at: number } | null>(null);
  useEffect(() => {
    const at = performance.now();
    const before = last.current;
    last.current = { offset, at };
    if (!scrolling || !before || at === before.at) return setOpen(true);
    setOpen(Math.abs(offset - before.offset) / (at - before.at) < FAST_PX_PER_MS);
  }, [offset, scrolling]);
  // The gate is shared: a gallery that goes away must not leave it closed.
  useEffect(() => () => setOpen(true), []);
}
