import {
  EncodedAudioPacketSource,
  EncodedPacketSink,
  EncodedVideoPacketSource,
  FilePathTarget,
  Mp4OutputFormat,
  Output,
  type EncodedPacket,
  type InputAudioTrack,
  type InputVideoTrack,
  type MetadataTags,
} from 'mediabunny';
import type { StitchPart } from './stitch-parts';

export interface CopyOptions {
  signal?: AbortSignal;
  /** Called as packets are copied: the fraction (0…1) of the joined media time written. */
  onProgress?: (fraction: number) => void;
  /** Metadata tags for the new file (title, comment, the app's own keys). */
  tags?: MetadataTags;
}

export interface CopyResult {
  /** Seconds: the sum of the parts' durations. */
  durationSec: number;
  /** Where each part starts in the joined file, in seconds, and how long it lasts. */
  parts: { path: string; startSec: number; durationSec: number }[];
  videoCodec: string;
  width: number;
  height: number;
  hasAudio: boolean;
}

/**
 * Writes the parts' packets, end to end, into a new MP4 at `path`, with the first part's
 * track setup (the caller has checked the parts share it) and the given metadata tags.
 *
 * @throws the signal's reason when aborted; mediabunny's errors as they come.
 */
export async function copyParts(
  parts: readonly StitchPart[],
  path: string,
  options: CopyOptions = {},
): Promise<CopyResult> {
  const [first] = parts as [StitchPart, ...StitchPart[]];
  const total = parts.reduce((sum, part) => sum + part.durationSec, 0);
  const output = new Output({
    // 'reserve' puts the index at the front (the file plays while it streams) without holding
    // the media in memory; it needs the packet counts, which the parts tell us.
    // 'mdta' allows the app's own long tag keys (the settings a clip was made with).
    format: new Mp4OutputFormat({ fastStart: 'reserve', metadataFormat: 'mdta' }),
    target: new FilePathTarget(path),
  });
  const video = new EncodedVideoPacketSource(first.video.codec);
  output.addVideoTrack(video, {
    rotation: first.video.rotation,
    maximumPacketCount: sum(parts, (part) => part.video.packetCount),
  });
  const audio = first.audio ? new EncodedAudioPacketSource(first.audio.codec) : null;
  if (audio)
    output.addAudioTrack(audio, {
      maximumPacketCount: sum(parts, (p) => p.audio?.packetCount ?? 0),
    });
  if (options.tags) output.setMetadataTags(options.tags);
  await output.start();
  try {
    let offset = 0;
    let videoMeta = true;
    let audioMeta = true;
    let reported = 0;
    const result: CopyResult['parts'] = [];
    for (const part of parts) {
      const addVideo = async (packet: EncodedPacket): Promise<void> => {
        await video.add(
          packet.clone({ timestamp: packet.timestamp + offset }),
          videoMeta ? { decoderConfig: first.video.config } : undefined,
        );
        videoMeta = false;
      };
      const streams: Stream[] = [{ track: part.video.track, add: addVideo }];
      if (audio && first.audio && part.audio) {
        const config = first.audio.config;
        streams.push({
          track: part.audio.track,
          add: async (packet) => {
            await audio.add(
              packet.clone({ timestamp: packet.timestamp + offset }),
              audioMeta ? { decoderConfig: config } : undefined,
            );
            audioMeta = false;
          },
        });
      }
      await interleave(streams, (timestamp) => {
        if (options.signal?.aborted) throw options.signal.reason;
        // B-frames arrive a few frames out of time order; a progress bar only moves forward.
        const fraction = Math.min(1, (offset + Math.max(0, timestamp)) / total);
        if (fraction > reported) options.onProgress?.((reported = fraction));
      });
      result.push({ path: part.path, startSec: offset, durationSec: part.durationSec });
      offset += part.durationSec;
    }
    await output.finalize();
    options.onProgress?.(1);
    return {
      durationSec: total,
      parts: result,
      videoCodec: first.video.config.codec,
      width: first.video.width,
      height: first.video.height,
      hasAudio: audio !== null,
    };
  } catch (error) {
    await output.cancel();
    throw error;
  }
}

interface Stream {
  track: InputVideoTrack | InputAudioTrack;
  add: (packet: EncodedPacket) => Promise<void>;
}

/**
 * Copies the streams' packets in decode order, the earliest decode time first across streams,
 * so the muxer can write as it goes instead of holding one track back in memory.
 */
async function interleave(
  streams: readonly Stream[],
  beforeEach: (timestamp: number) => void,
): Promise<void> {
  const heads = await Promise.all(
    streams.map(async (stream) => {
      const sink = new EncodedPacketSink(stream.track);
      const iterator = sink.packets();
      const next = await iterator.next();
      return { stream, iterator, packet: next.done ? null : next.value };
    }),
  );
  for (;;) {
    // Presentation times within a track are only a few frames out of decode order (B-frames),
    // close enough to keep the tracks level.
    let pick: (typeof heads)[number] | null = null;
    for (const head of heads) {
      if (head.packet && (!pick?.packet || head.packet.timestamp < pick.packet.timestamp))
        pick = head;
    }
    if (!pick?.packet) return;
    beforeEach(pick.packet.timestamp);
    await pick.stream.add(pick.packet);
    const next = await pick.iterator.next();
    pick.packet = next.done ? null : next.value;
  }
}

function sum(parts: readonly StitchPart[], of: (part: StitchPart) => number): number {
  return parts.reduce((total, part) => total + of(part), 0);
}
