import { ALL_FORMATS, FilePathSource, Input } from 'mediabunny';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import type { VideoInfo } from '../../../../shared/finishing';

/**
 * What the player needs to step frame by frame and what joining needs to know before it
 * starts: picture size as shown, frames per second, codec, sound, length.
 *
 * @throws AppError `stitch_unreadable` when the file is not a readable video with a video track.
 */
export async function readVideoInfo(path: string): Promise<VideoInfo> {
  const input = new Input({ source: new FilePathSource(path), formats: ALL_FORMATS });
  try {
    const video = await input.getPrimaryVideoTrack();
    if (!video) throw new Error('no video track');
    // Ten seconds' worth at 24 fps is enough to know the rate; Kling's clips keep one rate.
    const stats = await video.computePacketStats(240);
    const config = await video.getDecoderConfig();
    return {
      width: video.displayWidth,
      height: video.displayHeight,
      // A one-frame video has no rate; any step from its only frame stays on it.
      frameRate: stats.averagePacketRate > 0 ? stats.averagePacketRate : 1,
      durationSec: await input.computeDuration(),
      codec: config?.codec ?? video.codec ?? 'unknown',
      hasAudio: (await input.getPrimaryAudioTrack()) !== null,
    };
  } catch {
    throw new AppError('stitch_unreadable', t('errors:stitch_unreadable.damaged'));
  } finally {
    input.dispose();
  }
}
