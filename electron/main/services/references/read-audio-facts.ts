import {
  ALL_FORMATS,
  FilePathSource,
  Input,
  Mp3InputFormat,
  Mp4InputFormat,
  QuickTimeInputFormat,
  WaveInputFormat,
} from 'mediabunny';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import type { AudioFileFacts } from '../../../../shared/voice-sample';

/**
 * The container's short name as the voice rules spell it. An MP4 family file with no picture
 * is an `m4a` recording; with one it stays `mp4`/`mov`, a video.
 */
function containerName(format: unknown, hasVideo: boolean): string {
  if (format instanceof Mp3InputFormat) return 'mp3';
  if (format instanceof WaveInputFormat) return 'wav';
  if (format instanceof Mp4InputFormat || format instanceof QuickTimeInputFormat) {
    if (!hasVideo) return 'm4a';
    return format instanceof Mp4InputFormat ? 'mp4' : 'mov';
  }
  const name = (format as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name.toLowerCase().slice(0, 20) : 'unknown';
}

/**
 * Reads what the voice-sample rules judge from the file itself, not its name: the container
 * and the length in seconds. `sizeBytes` is passed through.
 *
 * @throws AppError `audio_unreadable` when it is not a readable file with a sound track.
 */
export async function readAudioFacts(path: string, sizeBytes: number): Promise<AudioFileFacts> {
  const input = new Input({ source: new FilePathSource(path), formats: ALL_FORMATS });
  try {
    const format = await input.getFormat();
    const audio = await input.getPrimaryAudioTrack();
    if (!audio) throw new Error('no audio track');
    const hasVideo = (await input.getPrimaryVideoTrack()) !== null;
    return {
      container: containerName(format, hasVideo),
      durationSec: await input.computeDuration(),
      sizeBytes,
    };
  } catch {
    throw new AppError('audio_unreadable', t('errors:audio_unreadable'));
  } finally {
    input.dispose();
  }
}
