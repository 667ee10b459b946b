import {
  ALL_FORMATS,
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
}

/**
 * Writes an MP4 made from an existing clip's encoded video, without an encoder: repeated to
 * reach `seconds` (cut at a key frame, so every frame still decodes), or with its decoder
 * configuration changed. Returns the written duration in seconds.
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
    await output.finalize();
    return end;
  } finally {
    input.dispose();
  }
}
