import { AppError } from '../../../shared/app-error';
import type { EventName, EventPayload } from '../../../shared/contract';
import type { StitchService } from '../services/finishing/stitch-service';
import type { Handlers } from './router';

export interface FinishingHandlerDeps {
  stitch: Pick<StitchService, 'stitch'>;
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  /** Milliseconds; progress is sent at most this often (default 100). */
  progressEveryMs?: number;
  now?: () => number;
}

type FinishingChannel = 'finishing:stitch' | 'finishing:cancelStitch';

/**
 * The finishing channels. One join runs at a time: it reads and writes whole videos, and the
 * progress event and cancel button speak of "the" join.
 */
export function createFinishingHandlers(
  deps: FinishingHandlerDeps,
): Pick<Handlers, FinishingChannel> {
  const every = deps.progressEveryMs ?? 100;
  const now = deps.now ?? Date.now;
  let running: AbortController | null = null;
  return {
    'finishing:stitch': async ({ projectId, clipIds }) => {
      if (running)
        throw new AppError(
          'stitch_busy',
          'Clips are already being joined; wait for that to finish or cancel it.',
        );
      const controller = new AbortController();
      running = controller;
      let sentAt = -Infinity;
      try {
        const clip = await deps.stitch.stitch(
          { projectId, clipIds },
          {
            signal: controller.signal,
            onProgress: (fraction) => {
              if (fraction < 1 && now() - sentAt < every) return;
              sentAt = now();
              deps.emit('finishing:progress', { fraction });
            },
          },
        );
        // The library leaves announcing a new clip to whoever made it.
        deps.emit('library:changed', { projectId });
        return clip;
      } finally {
        running = null;
      }
    },
    'finishing:cancelStitch': () => {
      if (!running) return { cancelled: false };
      running.abort();
      return { cancelled: true };
    },
  };
}
