import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clip } from '../../../shared/domain';
import { AppError } from '../../../shared/app-error';
import { t } from '../../../shared/i18n';
import type { EventName, EventPayload } from '../../../shared/contract';
import { saveFrameStill, type FrameStillLibrary } from '../services/finishing/frame-still';
import { planJoin } from '../services/finishing/join-plan';
import type { StitchRequest, StitchService } from '../services/finishing/stitch-service';
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

  const runJoin = async (request: StitchRequest): Promise<Clip> => {
    if (running) throw new AppError('stitch_busy', t('errors:stitch_busy'));
    const controller = new AbortController();
    running = controller;
    let sentAt = -Infinity;
    try {
      const clip = await deps.stitch.stitch(request, {
        signal: controller.signal,
        onProgress: (fraction) => {
          if (fraction < 1 && now() - sentAt < every) return;
          sentAt = now();
          deps.emit('finishing:progress', { fraction });
        },
      });
      // The library leaves announcing a new clip to whoever made it.
      deps.emit('library:changed', { projectId: request.projectId });
      return clip;
    } finally {
      running = null;
    }
  };

  /** A clip's video file; the error a person sees when it is gone. */
  const clipFile = async (clipId: string): Promise<string> => {
    const path = deps.library.findClip(clipId) ? await deps.library.resolveClipFile(clipId) : null;
    if (!path) throw new AppError('clip_not_found', t('errors:clip_not_found.inLibrary'));
    return path;
  };

  return {
    'finishing:stitch': (request) => runJoin(request),
    'finishing:stitchReencoded': async ({ projectId, clipIds, parts }) => {
      if (parts.length !== clipIds.length)
        throw new AppError('invalid_request', t('errors:needsReencoded'));
      // The window's encodes are written out only for the join, and removed after it.
      const dir = await mkdtemp(join(tmpdir(), 'kling-join-'));
      try {
        const reencodedFiles: string[] = [];
        for (const [index, part] of parts.entries()) {
          const path = join(dir, `part-${index}.mp4`);
          await writeFile(path, Buffer.from(part, 'base64'));
          reencodedFiles.push(path);
        }
        return await runJoin({ projectId, clipIds, reencodedFiles });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    'finishing:joinPlan': async ({ clipIds }) => {
      const paths: string[] = [];
      for (const clipId of clipIds) paths.push(await clipFile(clipId));
      return planJoin(paths);
    },
    'finishing:readClipBytes': async ({ clipId, offset, length }) => {
      const file = await open(await clipFile(clipId), 'r');
      try {
        const totalBytes = (await file.stat()).size;
        const wanted = Math.max(0, Math.min(length, totalBytes - offset));
        const buffer = Buffer.alloc(wanted);
        const { bytesRead } = await file.read(buffer, 0, wanted, offset);
        return { totalBytes, data: buffer.subarray(0, bytesRead).toString('base64') };
      } finally {
        await file.close();
      }
    },
    'finishing:cancelStitch': () => {
      if (!running) return { cancelled: false };
      running.abort();
      return { cancelled: true };
    },
    'finishing:videoInfo': async ({ clipId }) => readVideoInfo(await clipFile(clipId)),
    'finishing:saveFrame': ({ clipId, atSec, dataUrl }) =>
      saveFrameStill(
        { library: deps.library, images: deps.images },
        { clipId, atSec, png: Buffer.from(dataUrl.slice(PNG_PREFIX.length), 'base64') },
      ),
    'finishing:importSettings': async () => {
      const path = await deps.files.chooseOpenPath({
        title: t('desktop:dialog.importSettings'),
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
