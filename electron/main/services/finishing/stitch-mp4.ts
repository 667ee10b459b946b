import { rename, rm } from 'node:fs/promises';
import {
  ALL_FORMATS,
  EncodedAudioPacketSource,
  EncodedPacketSink,
  EncodedVideoPacketSource,
  FilePathSource,
  FilePathTarget,
  Input,
  Mp4OutputFormat,
  Output,
  type EncodedPacket,
  type InputAudioTrack,
  type InputVideoTrack,
} from 'mediabunny';
import { AppError } from '../../../../shared/app-error';
import { describeMismatch, readPart, type StitchPart } from './stitch-parts';

export interface StitchOptions {
  /** The MP4 files to join, in order (absolute paths). At least two. */
  parts: readonly string[];
  /** Where the joined MP4 goes; it appears there only once complete. */
  output: string;
  signal?: AbortSignal;
  /** Called as packets are copied: the fraction (0…1) of the joined media time written. */
  onProgress?: (fraction: number) => void;
}

export interface StitchResult {
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
 * Joins MP4 clips end to end without re-encoding: every encoded packet is copied into one new
 * MP4 with its timestamp moved by the durations of the parts before it. That is only valid when
 * the parts share one decoder configuration (codec, dimensions, and the codec's own setup bytes,
 * e.g. H.264's SPS/PPS); otherwise it throws `stitch_parts_differ` naming the first difference,
 * and nothing is written. Re-encoding needs WebCodecs, which Node does not have.
 *
 * The output is written to `<output>.partial` and renamed into place when finished; a cancel
 * (`signal`) or a failure removes the partial file.
 *
 * @throws AppError `stitch_too_few_parts`, `stitch_unreadable` (a part is not a readable MP4
 *   with a video track), `stitch_parts_differ`, `stitch_cancelled`.
 */
export async function stitchMp4(options: StitchOptions): Promise<StitchResult> {
  if (options.parts.length < 2)
    throw new AppError('stitch_too_few_parts', 'Choose at least two clips to join.');
  const inputs: Input[] = [];
  const partial = `${options.output}.partial`;
  try {
    const parts: StitchPart[] = [];
    for (const path of options.parts) {
      const input = new Input({ source: new FilePathSource(path), formats: ALL_FORMATS });
      inputs.push(input);
      parts.push(await readPart(path, input));
    }
    const [first] = parts as [StitchPart, ...StitchPart[]];
    for (const [index, part] of parts.entries()) {
      const mismatch = describeMismatch(first, part);
      if (mismatch)
        throw new AppError(
          'stitch_parts_differ',
          `Clip ${index + 1} cannot be joined to clip 1 without re-encoding: ${mismatch}. ` +
            'Only clips made with the same settings can be joined.',
        );
    }
    const result = await copyPackets(parts, partial, options);
    await rename(partial, options.output);
    return result;
  } catch (error) {
    await rm(partial, { force: true });
    if (options.signal?.aborted)
      throw new AppError('stitch_cancelled', 'Joining the clips was cancelled.');
    throw error;
  } finally {
    for (const input of inputs) input.dispose();
  }
}

async function copyPackets(
  parts: readonly StitchPart[],
  path: string,
  options: StitchOptions,
): Promise<StitchResult> {
  const [first] = parts as [StitchPart, ...StitchPart[]];
  const total = parts.reduce((sum, part) => sum + part.durationSec, 0);
  const output = new Output({
    // 'reserve' puts the index at the front (the file plays while it streams) without holding
    // the media in memory; it needs the packet counts, which the parts tell us.
    format: new Mp4OutputFormat({ fastStart: 'reserve' }),
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
  await output.start();
  try {
    let offset = 0;
    let videoMeta = true;
    let audioMeta = true;
    let reported = 0;
    const result: StitchResult['parts'] = [];
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
