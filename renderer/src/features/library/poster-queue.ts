import { useEffect } from 'react';
import type { Clip } from '../../../../shared/domain';
import { useLibraryStore } from '../../stores/library-store';
import { canGrabFrames, grabFrame } from './grab-frame';

type Grab = (mediaUrl: string) => Promise<string>;
type Save = (clipId: string, dataUrl: string) => Promise<void>;

/**
 * Makes posters for clips that have none, one at a time: decoding video is heavy, and only
 * cards on screen ask, so scrolling past thousands of clips costs nothing. Each clip is tried
 * once per session; a failure leaves its placeholder, silently.
 */
export class PosterQueue {
  private readonly wanted = new Map<string, string>();
  private readonly tried = new Set<string>();
  private busy = false;
  private paused = false;

  constructor(
    private grab: Grab,
    private readonly save: Save,
    private enabled: () => boolean = () => true,
  ) {}

  /** A card on screen needs a poster; the returned function says it left the screen. */
  want(clipId: string, mediaUrl: string): () => void {
    if (!this.tried.has(clipId)) {
      this.wanted.set(clipId, mediaUrl);
      this.pump();
    }
    return () => void this.wanted.delete(clipId);
  }

  /** While the gallery scrolls, frames matter more than posters. */
  pause(paused: boolean): void {
    this.paused = paused;
    if (!paused) this.pump();
  }

  /** For tests: a stand-in for the video decoder, and a fresh session. */
  reset(grab: Grab = grabFrame, enabled: () => boolean = canGrabFrames): void {
    this.grab = grab;
    this.enabled = enabled;
    this.wanted.clear();
    this.tried.clear();
    this.busy = false;
    this.paused = false;
  }

  private pump(): void {
    if (this.busy || this.paused || !this.enabled()) return;
    const next = this.wanted.entries().next();
    if (next.done) return;
    const [clipId, mediaUrl] = next.value;
    this.wanted.delete(clipId);
    this.tried.add(clipId);
    this.busy = true;
    this.grab(mediaUrl)
      .then((dataUrl) => this.save(clipId, dataUrl))
      .catch(() => undefined)
      .finally(() => {
        this.busy = false;
        this.pump();
      });
  }
}

let canGrab: boolean | null = null;

export const posterQueue = new PosterQueue(
  grabFrame,
  (clipId, dataUrl) => useLibraryStore.getState().setPoster(clipId, dataUrl),
  () => (canGrab ??= canGrabFrames()),
);

/** Asks for a poster while this card is on screen, unless it has one or its video is gone. */
export function usePosterFor(clip: Clip): void {
  const needed = clip.posterUrl === null && clip.status === 'ready';
  useEffect(
    () => (needed ? posterQueue.want(clip.id, clip.mediaUrl) : undefined),
    [needed, clip.id, clip.mediaUrl],
  );
}
