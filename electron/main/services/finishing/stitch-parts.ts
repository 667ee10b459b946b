import type { Input, InputAudioTrack, InputVideoTrack, Rotation } from 'mediabunny';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';

/** What joining needs to know about one clip: its tracks, their setup and its length. */
export interface StitchPart {
  path: string;
  /** Seconds, to the end of the last packet of any track. */
  durationSec: number;
  video: {
    track: InputVideoTrack;
    codec: NonNullable<InputVideoTrack['codec']>;
    config: VideoDecoderConfig;
    width: number;
    height: number;
    rotation: Rotation;
    packetCount: number;
  };
  audio: {
    track: InputAudioTrack;
    codec: NonNullable<InputAudioTrack['codec']>;
    config: AudioDecoderConfig;
    packetCount: number;
  } | null;
}

/**
 * Reads a clip's primary video and audio tracks with their decoder configurations.
 *
 * @throws AppError `stitch_unreadable` when the file is not a readable MP4 with a video track
 *   in a codec the muxer knows.
 */
export async function readPart(path: string, input: Input): Promise<StitchPart> {
  const unreadable = (why: string): AppError =>
    new AppError('stitch_unreadable', t('errors:stitch_unreadable.part', { path, why }));
  let video: InputVideoTrack | null;
  let audio: InputAudioTrack | null;
  try {
    video = await input.getPrimaryVideoTrack();
    audio = await input.getPrimaryAudioTrack();
  } catch {
    throw unreadable(t('errors:stitch_unreadable.notMp4'));
  }
  if (!video) throw unreadable(t('errors:stitch_unreadable.noVideoTrack'));
  const videoConfig = await video.getDecoderConfig();
  if (!video.codec || !videoConfig) throw unreadable(t('errors:stitch_unreadable.videoCodec'));
  const audioConfig = audio ? await audio.getDecoderConfig() : null;
  if (audio && (!audio.codec || !audioConfig))
    throw unreadable(t('errors:stitch_unreadable.audioCodec'));
  return {
    path,
    durationSec: await input.computeDuration(),
    video: {
      track: video,
      codec: video.codec,
      config: videoConfig,
      width: video.codedWidth,
      height: video.codedHeight,
      rotation: video.rotation,
      packetCount: (await video.computePacketStats()).packetCount,
    },
    audio:
      audio && audio.codec && audioConfig
        ? {
            track: audio,
            codec: audio.codec,
            config: audioConfig,
            packetCount: (await audio.computePacketStats()).packetCount,
          }
        : null,
  };
}

/**
 * Why `part`'s packets cannot go into a track set up for `first`, in words for a person, or
 * null when they can. One MP4 track has one sample description, so codec, size and the codec's
 * setup bytes (e.g. H.264's SPS/PPS in `avcC`) must all be the same.
 */
export function describeMismatch(first: StitchPart, part: StitchPart): string | null {
  const a = first.video;
  const b = part.video;
  if (a.config.codec !== b.config.codec)
    return t('errors:stitch_parts_differ.videoCodec', { is: b.config.codec, was: a.config.codec });
  if (a.width !== b.width || a.height !== b.height)
    return t('errors:stitch_parts_differ.picture', {
      width: b.width,
      height: b.height,
      firstWidth: a.width,
      firstHeight: a.height,
    });
  if (a.rotation !== b.rotation)
    return t('errors:stitch_parts_differ.rotation', { is: b.rotation, was: a.rotation });
  if (!sameBytes(a.config.description, b.config.description))
    return t('errors:stitch_parts_differ.videoSettings');
  if (!first.audio !== !part.audio)
    return part.audio
      ? t('errors:stitch_parts_differ.extraSound')
      : t('errors:stitch_parts_differ.noSound');
  if (first.audio && part.audio) {
    const x = first.audio.config;
    const y = part.audio.config;
    if (x.codec !== y.codec)
      return t('errors:stitch_parts_differ.soundCodec', { is: y.codec, was: x.codec });
    if (x.sampleRate !== y.sampleRate || x.numberOfChannels !== y.numberOfChannels)
      return t('errors:stitch_parts_differ.soundFormat', {
        rate: y.sampleRate,
        channels: y.numberOfChannels,
        firstRate: x.sampleRate,
        firstChannels: x.numberOfChannels,
      });
    if (!sameBytes(x.description, y.description))
      return t('errors:stitch_parts_differ.soundSettings');
  }
  return null;
}

function sameBytes(
  a: AllowSharedBufferSource | undefined,
  b: AllowSharedBufferSource | undefined,
): boolean {
  if (!a || !b) return a === b;
  const x = toBytes(a);
  const y = toBytes(b);
  return x.length === y.length && x.every((byte, index) => byte === y[index]);
}

function toBytes(source: AllowSharedBufferSource): Uint8Array {
  return ArrayBuffer.isView(source)
    ? new Uint8Array(source.buffer, source.byteOffset, source.byteLength)
    : new Uint8Array(source);
}
