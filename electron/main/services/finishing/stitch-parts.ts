import type { Input, InputAudioTrack, InputVideoTrack, Rotation } from 'mediabunny';
import { AppError } from '../../../../shared/app-error';

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
    new AppError('stitch_unreadable', `${path} cannot be joined: ${why}.`);
  let video: InputVideoTrack | null;
  let audio: InputAudioTrack | null;
  try {
    video = await input.getPrimaryVideoTrack();
    audio = await input.getPrimaryAudioTrack();
  } catch {
    throw unreadable('it is not a readable MP4 file');
  }
  if (!video) throw unreadable('it has no video track');
  const videoConfig = await video.getDecoderConfig();
  if (!video.codec || !videoConfig) throw unreadable('its video codec is not supported');
  const audioConfig = audio ? await audio.getDecoderConfig() : null;
  if (audio && (!audio.codec || !audioConfig)) throw unreadable('its audio codec is not supported');
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
    return `its video is ${b.config.codec}, not ${a.config.codec}`;
  if (a.width !== b.width || a.height !== b.height)
    return `its picture is ${b.width} × ${b.height} px, not ${a.width} × ${a.height} px`;
  if (a.rotation !== b.rotation) return `it is rotated by ${b.rotation}°, not ${a.rotation}°`;
  if (!sameBytes(a.config.description, b.config.description))
    return 'its video was encoded with different settings';
  if (!first.audio !== !part.audio)
    return part.audio ? 'it has a sound track and clip 1 has none' : 'it has no sound track';
  if (first.audio && part.audio) {
    const x = first.audio.config;
    const y = part.audio.config;
    if (x.codec !== y.codec) return `its sound is ${y.codec}, not ${x.codec}`;
    if (x.sampleRate !== y.sampleRate || x.numberOfChannels !== y.numberOfChannels)
      return `its sound is ${y.sampleRate} Hz × ${y.numberOfChannels}, not ${x.sampleRate} Hz × ${x.numberOfChannels}`;
    if (!sameBytes(x.description, y.description))
      return 'its sound was encoded with different settings';
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
