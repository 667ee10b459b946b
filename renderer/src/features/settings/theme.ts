import { useEffect } from 'react';
import type { Theme } from '../../../../shared/appearance';
import { bridge } from '../../ipc/kling';

/**
 * Draws the window in `theme` at once: the tokens read `data-theme` on the root element
 * ("system" follows the operating system's light or dark setting).
 */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
}

/** Applies the saved theme once the window starts; until main answers, the system's is used. */
export function useSavedTheme(): void {
  useEffect(() => {
    let live = true;
    bridge.appearance
      .theme()
      .then((answer) => live && applyTheme(answer.theme))
      // Unreadable preferences leave the system's look, which is also the default.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
}
