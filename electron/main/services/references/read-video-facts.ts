import {
  ALL_FORMATS,
  FilePathSource,
  Input,
  Mp4InputFormat,
  QuickTimeInputFormat,
} from 'mediabunny';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import type { VideoFileFacts } from '../../../../shared/capabilities/reference-video-file';

/** The container's short name as the rules spell it: `mp4`, `mov`, or the format's own name. */
function containerName(format: unknown): string {
  if (format instanceof Mp4InputFormat) return 'mp4';
  if (format instanceof QuickTimeInputFormat) return 'mov';
  const name = (format as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name.toLowerCase().slice(0, 20) : 'unknown';
}

/**
 * Reads what the reference-video rules judge from the file itself, not its name: container,
 * length (seconds), frame rate (average over the first 240 frames), picture size as shown.
 *
 * @throws AppError `video_unreadable` when it is not a readable video with a video track.
 */
export async function readVideoFacts(path: string, sizeBytes: number): Promise<VideoFileFacts> {
  const input = new Input({ source: new FilePathSource(path), formats: ALL_FORMATS });
  try {
    const format = await input.getFormat();
    const video = await input.getPrimaryVideoTrack();
    if (!video) throw new Error('no video track');
    const stats = await video.computePacketStats(240);
    return {
      container: containerName(format),
      durationSec: await input.computeDuration(),
      fps: stats.averagePacketRate,
      width: video.displayWidth,
      height: video.displayHeight,
      sizeBytes,
    };
  } catch {
    throw new AppError('video_unreadable', t('errors:video_unreadable'));
  } finally {
    input.dispose();
  }
}
