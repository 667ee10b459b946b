import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClipDetail, StagedImage } from '../../../../shared/domain';
import type { ImageService } from '../images/image-service-types';

/** The library as finding a kept still needs it. */
export interface RemixStillLibrary {
  getClip(clipId: string): Promise<ClipDetail>;
  projectDir(projectId: string): string;
}

export interface RemixStillDeps {
  library: RemixStillLibrary;
  images: Pick<ImageService, 'stage'>;
}

/**
 * The still a clip was continued from (`<parent job id>.frame-<ms>ms.png` in the parent's
 * project folder, as "Continue from this frame" wrote it), staged again so the composer can use
 * the local file rather than an upload that may have expired. Null when the clip was not
 * continued from a frame, its parent is gone, or the file was removed or no longer passes the
 * image checks; the caller then falls back to the address that was sent.
 */
export async function stageRemixStill(
  deps: RemixStillDeps,
  clipId: string,
): Promise<StagedImage | null> {
  const detail = await deps.library.getClip(clipId);
  const parent = detail.parent;
  if (!parent || detail.parentFrameSec === null) return null;
  const atSec = detail.parentFrameSec;
  const name = `${parent.jobId}.frame-${Math.round(atSec * 1000)}ms.png`;
  const path = join(deps.library.projectDir(parent.projectId), name);
  const found = await stat(path).catch(() => null);
  if (!found?.isFile()) return null;
  try {
    return await deps.images.stage(path, { clipId: parent.id, atSec });
  } catch {
    // A still edited into something that fails the checks is not worth an error here.
    return null;
  }
}
