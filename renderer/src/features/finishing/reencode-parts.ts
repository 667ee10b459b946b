import {
  ALL_FORMATS,
  BufferTarget,
  Conversion,
  CustomSource,
  Input,
  Mp4OutputFormat,
  Output,
  QUALITY_HIGH,
  getFirstEncodableAudioCodec,
  getFirstEncodableVideoCodec,
  type AudioCodec,
  type VideoCodec,
} from 'mediabunny';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../i18n';

/** Reads one part's MP4 by byte range (from main: the page cannot read files itself). */
export interface PartBytes {
  size(): Promise<number>;
  /** Bytes `start` (inclusive) to `end` (exclusive). */
  read(start: number, end: number): Promise<Uint8Array>;
  /** Seconds of media, to weigh its share of the progress. */
  durationSec: number;
}

/** What every re-encoded part is made to share, so main can join them by copying packets. */
export interface ReencodeTarget {
  /** Picture size of the joined video, pixels (the first part's). */
  width: number;
  height: number;
  /** Keep sound: only when every part has some; otherwise the parts are encoded without. */
  sound: boolean;
}

export interface ReencodeControl {
  signal?: AbortSignal;
  /** Fraction 0…1 of all parts' media time encoded. */
  onProgress?: (fraction: number) => void;
}

// H.264 first: every player takes it. VP9 and AV1 are the encoders Chromium always has
// (libvpx, libaom) where no H.264 encoder is built in.
const VIDEO_CODECS: VideoCodec[] = ['avc', 'vp9', 'av1'];
// AAC where the platform encodes it (macOS, Windows); Opus, which Chromium always encodes, elsewhere.
const AUDIO_CODECS: AudioCodec[] = ['aac', 'opus'];
const SAMPLE_RATE = 48_000;
const CHANNELS = 2;

/**
 * Re-encodes each part with WebCodecs to one shared set-up: the target's picture size (a part
 * of another shape is fitted inside it, letterboxed, never stretched), one video codec chosen
 * from what this computer encodes, and, when kept, 48 kHz stereo sound. Each part is encoded
 * on its own, with the same settings, so the results share their decoder configuration and
 * main joins them without touching a frame again. Timestamps are kept: each part lasts as long
 * as before.
 *
 * @returns one MP4 per part, in order.
 * @throws AppError `reencode_unavailable` when no encoder for the size is available,
 *   `stitch_cancelled` when `signal` aborts, `reencode_failed` when a part cannot be decoded.
 */
export async function reencodeParts(
  parts: readonly PartBytes[],
  target: ReencodeTarget,
  control: ReencodeControl = {},
): Promise<Uint8Array[]> {
  const size = { width: target.width, height: target.height };
  const videoCodec = await getFirstEncodableVideoCodec(VIDEO_CODECS, {
    ...size,
    quality: QUALITY_HIGH,
  });
  if (!videoCodec)
    throw new AppError(
      'reencode_unavailable',
      t('finishing:reencode.noEncoder', { width: target.width, height: target.height }),
    );
  const audioCodec = target.sound
    ? await getFirstEncodableAudioCodec(AUDIO_CODECS, {
        sampleRate: SAMPLE_RATE,
        numberOfChannels: CHANNELS,
      })
    : null;
  const total = parts.reduce((sum, part) => sum + Math.max(part.durationSec, 0), 0) || 1;
  let done = 0;
  const results: Uint8Array[] = [];
  for (const [index, part] of parts.entries()) {
    throwIfCancelled(control.signal);
    const input = new Input({
      source: new CustomSource({ getSize: () => part.size(), read: (s, e) => part.read(s, e) }),
      formats: ALL_FORMATS,
    });
    const encoded = new BufferTarget();
    const output = new Output({
      format: new Mp4OutputFormat({ fastStart: 'in-memory' }),
      target: encoded,
    });
    try {
      const canvas = new OffscreenCanvas(target.width, target.height);
      const context = canvas.getContext('2d');
      if (!context) throw new AppError('reencode_unavailable', t('finishing:reencode.noCanvas'));
      const conversion = await Conversion.init({
        input,
        output,
        video: {
          ...size,
          fit: 'contain',
          codec: videoCodec,
          quality: QUALITY_HIGH,
          forceTranscode: true,
          // Rotation goes into the pixels, so every part's track is set up the same way.
          allowTransformationMetadata: false,
          // Every frame is redrawn on one canvas: the encoder then sees the same colour
          // description for every part (it writes the frames' own into the H.264 set-up bytes,
          // which would differ between clips and stop the join from copying).
          process: (sample) => {
            sample.draw(context, 0, 0, target.width, target.height);
            return canvas;
          },
          processedWidth: target.width,
          processedHeight: target.height,
        },
        audio: audioCodec
          ? {
              codec: audioCodec,
              sampleRate: SAMPLE_RATE,
              numberOfChannels: CHANNELS,
              forceTranscode: true,
            }
          : { discard: true },
        showWarnings: false,
      });
      if (!conversion.isValid)
        throw new AppError(
          'reencode_failed',
          t('finishing:reencode.invalid', {
            number: index + 1,
            // mediabunny's reason codes ("undecodable_source_codec"): the same in every language.
            reasons: conversion.discardedTracks.map((track) => track.reason).join(', '),
          }),
        );
      const share = Math.max(part.durationSec, 0);
      conversion.onProgress = (fraction) => control.onProgress?.((done + fraction * share) / total);
      const abort = () => void conversion.cancel();
      control.signal?.addEventListener('abort', abort, { once: true });
      try {
        await conversion.execute();
      } finally {
        control.signal?.removeEventListener('abort', abort);
      }
      throwIfCancelled(control.signal);
      if (!encoded.buffer)
        throw new AppError('reencode_failed', t('finishing:reencode.empty', { number: index + 1 }));
      results.push(new Uint8Array(encoded.buffer));
      done += share;
      control.onProgress?.(done / total);
    } catch (error) {
      throwIfCancelled(control.signal);
      if (error instanceof AppError) throw error;
      throw new AppError(
        'reencode_failed',
        t('finishing:reencode.failed', {
          number: index + 1,
          message: error instanceof Error ? error.message : String(error),
        }),
      );
    } finally {
      input.dispose();
    }
  }
  return results;
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('stitch_cancelled', t('finishing:reencode.cancelled'));
}
