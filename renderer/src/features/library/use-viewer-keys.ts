import { useEffect, useRef } from 'react';

export interface ViewerKeyActions {
  togglePlay: () => void;
  previous: () => void;
  next: () => void;
  fullscreen: () => void;
  close: () => void;
}

/** Where a key belongs to the control that has focus, not to the viewer. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('dialog')) return true;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    // A checkbox or radio takes Space and the arrows (the rating stars); text fields take all.
    const type = (target as HTMLInputElement).type;
    if (type === 'checkbox' || type === 'radio') return key === ' ' || key.startsWith('Arrow');
    return true;
  }
  // Space presses a focused button; the player's own controls take Space and the arrows.
  if (key === ' ' && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY')) return true;
  if (tag === 'VIDEO' && (key === ' ' || key === 'ArrowLeft' || key === 'ArrowRight')) return true;
  return false;
}

/**
 * The viewer's keys while a clip is open: Space play/pause, ←/→ previous/next clip, F full
 * screen, Esc back to the clips. Listens on the document, so they work wherever focus is in the
 * window, except where the focused control uses the key itself (text fields, dialogs, a
 * focused button's Space, the video's own keys).
 */
export function useViewerKeys(actions: ViewerKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (ownsKey(event.target, event.key)) return;
      // Esc leaves full screen on its own; the clip stays open.
      if (event.key === 'Escape' && document.fullscreenElement) return;
      const act = {
        ' ': latest.current.togglePlay,
        ArrowLeft: latest.current.previous,
        ArrowRight: latest.current.next,
        f: latest.current.fullscreen,
        F: latest.current.fullscreen,
        Escape: latest.current.close,
      }[event.key];
      if (!act) return;
      event.preventDefault();
      act();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
