import type { Clip } from '../../../../shared/domain';
import { bridge } from '../../ipc/kling';
import { startFromFrame } from '../../stores/composer-fill';
import { focusComposerPrompt } from '../composer/composer-focus';
import { grabStill } from './grab-still';

/**
 * "Continue from this frame": the frame the player shows is kept as a PNG in the clip's
 * project (main writes it), then image→video opens with it as the start frame. Resolves
 * with the time of the frame; rejects with what went wrong (an AppError from main, or the
 * grab's own error).
 */
export async function continueFromFrame(clip: Clip, video: HTMLVideoElement): Promise<number> {
  const { dataUrl, atSec } = await grabStill(video);
  // Milliseconds are finer than any frame; the file name and the lineage show the same time.
  const time = Math.round(atSec * 1000) / 1000;
  const image = await bridge.finishing.saveFrame({ clipId: clip.id, atSec: time, dataUrl });
  await startFromFrame(image);
  // Keyboard users land where they write what happens next.
  focusComposerPrompt();
  return time;
}
