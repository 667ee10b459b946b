import {
  ALL_FORMATS,
  EncodedAudioPacketSource,
  EncodedPacket,
  EncodedPacketSink,
  EncodedVideoPacketSource,
  FilePathSource,
  FilePathTarget,
  Input,
  Mp4OutputFormat,
  Output,
  type MetadataTags,
} from 'mediabunny';

export const SAMPLE_MP4 = new URL('../fixtures/media/sample.mp4', import.meta.url).pathname;

export interface ClipRecipe {
  /** The clip whose video packets are copied; default the 4 s, 24 fps sample. */
  from?: string;
  /** Seconds of video to write: the source is repeated, whole key-frame groups at a time. */
  seconds?: number;
  /** Changes the decoder configuration written for the track (a "differently encoded" clip). */
  config?: (config: VideoDecoderConfig) => VideoDecoderConfig;
  tags?: MetadataTags;
  /** Adds a sound track: a 440 Hz tone, 48 kHz stereo PCM, as long as the video. */
  sound?: boolean;
}

const TONE_RATE = 48_000;
const TONE_FRAMES = 1_024;

/** Writes `seconds` of a 440 Hz tone as 16-bit stereo PCM packets (no encoder needed). */
async function addTone(source: EncodedAudioPacketSource, seconds: number): Promise<void> {
  const total = Math.round(seconds * TONE_RATE);
  for (let start = 0; start < total; start += TONE_FRAMES) {
    const frames = Math.min(TONE_FRAMES, total - start);
    const samples = new Int16Array(frames * 2);
    for (let i = 0; i < frames; i += 1) {
      const value = Math.round(8_000 * Math.sin((2 * Math.PI * 440 * (start + i)) / TONE_RATE));
      samples[2 * i] = value;
      samples[2 * i + 1] = value;
    }
    await source.add(
      new EncodedPacket(
        new Uint8Array(samples.buffer),
        'key',
        start / TONE_RATE,
        frames / TONE_RATE,
      ),
      start === 0
        ? {
            decoderConfig: { codec: 'pcm-s16', sampleRate: TONE_RATE, numberOfChannels: 2 },
          }
        : undefined,
    );
  }
}

/**
 * Writes an MP4 made from an existing clip's encoded video, without an encoder: repeated to
 * reach `seconds` (cut at a key frame, so every frame still decodes), or with its decoder
 * configuration changed, optionally with a tone as its sound. Returns the written duration in
 * seconds.
 */
export async function writeClip(path: string, recipe: ClipRecipe = {}): Promise<number> {
  const input = new Input({
    source: new FilePathSource(recipe.from ?? SAMPLE_MP4),
    formats: ALL_FORMATS,
  });
  try {
    const track = await input.getPrimaryVideoTrack();
    const config = await track?.getDecoderConfig();
    if (!track?.codec || !config) throw new Error('the source clip has no usable video track');
    const length = await input.computeDuration();
    const seconds = recipe.seconds ?? length;
    const output = new Output({
      format: new Mp4OutputFormat({ fastStart: 'in-memory', metadataFormat: 'mdta' }),
      target: new FilePathTarget(path),
    });
    const source = new EncodedVideoPacketSource(track.codec);
    output.addVideoTrack(source);
    const tone = recipe.sound ? new EncodedAudioPacketSource('pcm-s16') : null;
    if (tone) output.addAudioTrack(tone);
    if (recipe.tags) output.setMetadataTags(recipe.tags);
    await output.start();
    const sink = new EncodedPacketSink(track);
    let meta = true;
    let end = 0;
    for (let offset = 0; offset < seconds; offset += length) {
      for await (const packet of sink.packets()) {
        // A new key-frame group that would run past the end is left out, whole.
        if (packet.type === 'key' && offset + packet.timestamp >= seconds) break;
        await source.add(
          packet.clone({ timestamp: offset + packet.timestamp }),
          meta ? { decoderConfig: recipe.config ? recipe.config(config) : config } : undefined,
        );
        meta = false;
        end = Math.max(end, offset + packet.timestamp + packet.duration);
      }
    }
    if (tone) await addTone(tone, end);
    await output.finalize();
    return end;
  } finally {
    input.dispose();
  }
}
