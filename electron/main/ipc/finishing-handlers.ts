import { AppError } from '../../../shared/app-error';
import type { EventName, EventPayload } from '../../../shared/contract';
import { saveFrameStill, type FrameStillLibrary } from '../services/finishing/frame-still';
import type { StitchService } from '../services/finishing/stitch-service';
import { importSettings } from '../services/finishing/tagged-copy';
import { readVideoInfo } from '../services/finishing/video-info';
import type { ImageService } from '../services/images/image-service-types';
import type { FileActions } from '../services/library/file-actions';
import type { Handlers } from './router';

export interface FinishingHandlerDeps {
  stitch: Pick<StitchService, 'stitch'>;
  library: FrameStillLibrary;
  images: Pick<ImageService, 'stage'>;
  files: Pick<FileActions, 'chooseOpenPath'>;
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  /** Milliseconds; progress is sent at most this often (default 100). */
  progressEveryMs?: number;
  now?: () => number;
}

type FinishingChannel = Extract<keyof Handlers, `finishing:${string}`>;

const PNG_PREFIX = 'data:image/png;base64,';

const noPick = { picked: false, settings: null };

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
    'finishing:videoInfo': async ({ clipId }) => {
      const path = deps.library.findClip(clipId)
        ? await deps.library.resolveClipFile(clipId)
        : null;
      if (!path)
        throw new AppError('clip_not_found', "This clip's video is no longer in the library.");
      return readVideoInfo(path);
    },
    'finishing:saveFrame': ({ clipId, atSec, dataUrl }) =>
      saveFrameStill(
        { library: deps.library, images: deps.images },
        { clipId, atSec, png: Buffer.from(dataUrl.slice(PNG_PREFIX.length), 'base64') },
      ),
    'finishing:importSettings': async () => {
      const path = await deps.files.chooseOpenPath({
        title: 'Import settings from a video',
        extensions: ['mp4', 'mov', 'm4v'],
      });
      return path ? { picked: true, settings: await importSettings(path) } : noPick;
    },
    'finishing:readSettingsAt': async ({ path }) => ({
      picked: true,
      settings: await importSettings(path),
    }),
  };
}
