import { useCallback, useEffect, useRef } from 'react';

/**
 * Wraps `close` so focus goes back where it was when the view opened (the card that opened the
 * clip), or to the library when that control is gone; without it, focus would drop to the page.
 */
export function useReturnFocus(close: () => void): () => void {
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, []);
  return useCallback(() => {
    const back = opener.current;
    close();
    if (back?.isConnected && back !== document.body) back.focus();
    else document.getElementById('library')?.focus();
  }, [close]);
}
