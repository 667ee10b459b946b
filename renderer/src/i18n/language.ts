import { useEffect } from 'react';
import { switchLanguage, type Language } from '../../../shared/i18n';
import { i18n } from './index';
import { bridge } from '../ipc/kling';

/**
 * Draws the window in `language` now, and marks the page's language so screen readers speak
 * it and the browser picks CJK glyphs for Chinese.
 */
export async function applyLanguage(language: Language): Promise<void> {
  await switchLanguage(language);
  document.documentElement.lang = language;
}

/** Applies the saved language once the window starts; until main answers, the browser's is used. */
export function useSavedLanguage(): void {
  useEffect(() => {
    document.documentElement.lang = i18n.language;
    let live = true;
    bridge.appearance
      .language()
      .then((answer) => {
        if (live) void applyLanguage(answer.language);
      })
      // Unreadable preferences leave the system's language, which is also the default.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
}
