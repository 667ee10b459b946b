import { join } from 'node:path';
import { ALL_FORMATS, FilePathSource, Input } from 'mediabunny';
import { AppError } from '../../../../shared/app-error';
import { formatNumber, t } from '../../../../shared/i18n';
import type { Clip, StagedImage } from '../../../../shared/domain';
import { writeFileAtomic } from '../fs/atomic-write';
import { readImageHeader } from '../images/image-header';
import type { ImageService } from '../images/image-service-types';

/** The library as saving a still needs it: the clip, its video, and its project folder. */
export interface FrameStillLibrary {
  findClip(clipId: string): Clip | null;
  resolveClipFile(clipId: string): Promise<string | null>;
  projectDir(projectId: string): string;
}

export interface FrameStillDeps {
  library: FrameStillLibrary;
  /** Stages the saved still like a dropped image, so it can become a start frame. */
  images: Pick<ImageService, 'stage'>;
}

export interface FrameStill {
  clipId: string;
  /** Seconds into the clip where the window grabbed the frame. */
  atSec: number;
  /** The PNG's bytes, as the window's canvas encoded them. */
  png: Uint8Array;
}

/** Grabbing a frame a few milliseconds past the end is the player's rounding, not an error. */
const END_SLACK_SEC = 0.05;

/**
 * Keeps a still of a clip in its project folder (`<job id>.frame-<ms>ms.png`) and stages it as
 * an image, marked with the clip and time it came from. The window grabs the frame (only it can
 * decode the video); main checks that it is a PNG of the video's own picture size, so what is
 * kept is the frame at full resolution and nothing else.
 *
 * @throws AppError `clip_not_found` for an unknown clip or one whose video is gone,
 *   `frame_invalid` when the bytes are not a PNG of the video's size or the time is past the
 *   end, and the image checks' errors (size, side, ratio) from staging.
 */
export async function saveFrameStill(
  deps: FrameStillDeps,
  still: FrameStill,
): Promise<StagedImage> {
  const clip = deps.library.findClip(still.clipId);
  const video = clip ? await deps.library.resolveClipFile(clip.id) : null;
  if (!clip || !video) throw new AppError('clip_not_found', t('errors:clip_not_found.noFrame'));
  const header = readImageHeaderOrRefuse(still.png);
  const picture = await pictureOf(video);
  if (header.width !== picture.width || header.height !== picture.height)
    throw new AppError(
      'frame_invalid',
      t('errors:frame_invalid.size', {
        width: header.width,
        height: header.height,
        videoWidth: picture.width,
        videoHeight: picture.height,
      }),
    );
  if (still.atSec > picture.durationSec + END_SLACK_SEC)
    throw new AppError(
      'frame_invalid',
      t('errors:frame_invalid.time', {
        duration: seconds(picture.durationSec),
        at: seconds(still.atSec),
      }),
    );
  const name = `${clip.jobId}.frame-${Math.round(still.atSec * 1000)}ms.png`;
  const path = join(deps.library.projectDir(clip.projectId), name);
  await writeFileAtomic(path, still.png);
  return deps.images.stage(path, { clipId: clip.id, atSec: still.atSec });
}

function readImageHeaderOrRefuse(bytes: Uint8Array): { width: number; height: number } {
  let header;
  try {
    header = readImageHeader(bytes);
  } catch {
    header = null;
  }
  if (header?.mime !== 'image/png')
    throw new AppError('frame_invalid', t('errors:frame_invalid.notPng'));
  return header;
}

/** Seconds with two decimals, as the language writes them. */
function seconds(value: number): string {
  return formatNumber(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** The picture size a player shows (rotation applied) and the length, from the MP4 itself. */
async function pictureOf(
  path: string,
): Promise<{ width: number; height: number; durationSec: number }> {
  const input = new Input({ source: new FilePathSource(path), formats: ALL_FORMATS });
  try {
    const track = await input.getPrimaryVideoTrack();
    if (!track) throw new Error('no video track');
    return {
      width: track.displayWidth,
      height: track.displayHeight,
      durationSec: await input.computeDuration(),
    };
  } catch {
    throw new AppError('clip_not_found', t('errors:clip_not_found.unreadable'));
  } finally {
    input.dispose();
  }
}
