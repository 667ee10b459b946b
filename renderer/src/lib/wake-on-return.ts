/** At most one wake per this long: `online` and focus changes can fire in bursts. */
export const WAKE_MIN_INTERVAL_MS = 10_000;

/**
 * Calls `wake` when the network comes back or the window is shown again after being
 * hidden (a laptop lid, a minimised window), so main looks at open jobs at once instead
 * of at its next backoff step. Returns the function that stops listening.
 */
export function wakeOnReturn(wake: () => void, now: () => number = Date.now): () => void {
  let last = -Infinity;
  let wasHidden = document.visibilityState === 'hidden';
  const nudge = () => {
    const at = now();
    if (at - last < WAKE_MIN_INTERVAL_MS) return;
    last = at;
    wake();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') {
      wasHidden = true;
    } else if (wasHidden) {
      wasHidden = false;
      nudge();
    }
  };
  window.addEventListener('online', nudge);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('online', nudge);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
