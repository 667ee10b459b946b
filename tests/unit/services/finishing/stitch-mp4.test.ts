import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_FORMATS, EncodedPacketSink, FilePathSource, Input } from 'mediabunny';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stitchMp4 } from '../../../../electron/main/services/finishing/stitch-mp4';
import { SAMPLE_MP4, writeClip } from '../../../support/mp4-fixtures';

const FRAME = 1 / 24;

interface Probe {
  duration: number;
  tracks: number;
  codec: string | undefined;
  size: string;
  keyTimes: number[];
  packets: number;
}

async function probe(path: string): Promise<Probe> {
  const input = new Input({ source: new FilePathSource(path), formats: ALL_FORMATS });
  try {
    const video = await input.getPrimaryVideoTrack();
    if (!video) throw new Error(`${path} has no video`);
    const keyTimes: number[] = [];
    let packets = 0;
    for await (const packet of new EncodedPacketSink(video).packets()) {
      packets++;
      if (packet.type === 'key') keyTimes.push(packet.timestamp);
    }
    return {
      duration: await input.computeDuration(),
      tracks: (await input.getTracks()).length,
      codec: (await video.getDecoderConfig())?.codec,
      size: `${video.codedWidth}x${video.codedHeight}`,
      keyTimes,
      packets,
    };
  } finally {
    input.dispose();
  }
}

/** A copy of the config's codec setup bytes (avcC). */
function bytesOf(config: VideoDecoderConfig): Uint8Array {
  const source = config.description;
  if (!source) throw new Error('the sample has no avcC');
  return ArrayBuffer.isView(source)
    ? new Uint8Array(source.buffer, source.byteOffset, source.byteLength).slice()
    : new Uint8Array(source).slice();
}

function withByte(config: VideoDecoderConfig, index: number, value: number): Uint8Array {
  const bytes = bytesOf(config);
  bytes[index] = value;
  return bytes;
}

describe('joining MP4 clips without re-encoding', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kling-stitch-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes one clip as long as its parts, with the same track, codec and every frame', async () => {
    const longer = join(dir, 'six-seconds.mp4');
    expect(await writeClip(longer, { seconds: 6 })).toBeCloseTo(6, 5);
    const output = join(dir, 'joined.mp4');
    const result = await stitchMp4({ parts: [SAMPLE_MP4, longer, SAMPLE_MP4], output });

    const sample = await probe(SAMPLE_MP4);
    const middle = await probe(longer);
    const joined = await probe(output);
    expect(Math.abs(joined.duration - (4 + 6 + 4))).toBeLessThanOrEqual(FRAME);
    expect(result.durationSec).toBeCloseTo(14, 5);
    expect(joined.tracks).toBe(sample.tracks);
    expect(joined.codec).toBe(sample.codec);
    expect(joined.size).toBe(sample.size);
    expect(joined.packets).toBe(sample.packets * 2 + middle.packets);
    // Each part begins with its own key frame, moved to where the part starts.
    expect(joined.keyTimes).toEqual(expect.arrayContaining([0, 4, 10]));
    expect(result.parts.map((p) => [p.startSec, p.durationSec])).toEqual([
      [0, 4],
      [4, 6],
      [10, 4],
    ]);
  });

  it('reports progress that only grows and ends at 1', async () => {
    const seen: number[] = [];
    await stitchMp4({
      parts: [SAMPLE_MP4, SAMPLE_MP4],
      output: join(dir, 'joined.mp4'),
      onProgress: (fraction) => seen.push(fraction),
    });
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.at(-1)).toBe(1);
    for (const [i, fraction] of seen.entries())
      if (i > 0) expect(fraction).toBeGreaterThan(seen[i - 1]!);
  });

  it('stops when cancelled and leaves neither the clip nor a partial file', async () => {
    const controller = new AbortController();
    const output = join(dir, 'joined.mp4');
    const attempt = stitchMp4({
      parts: [SAMPLE_MP4, SAMPLE_MP4, SAMPLE_MP4],
      output,
      signal: controller.signal,
      onProgress: (fraction) => {
        if (fraction > 0.3) controller.abort();
      },
    });
    await expect(attempt).rejects.toMatchObject({ code: 'stitch_cancelled' });
    expect(existsSync(output)).toBe(false);
    expect(await readdir(dir)).toEqual([]);
  });

  it.each([
    [
      'a different codec level',
      // avcC's fourth byte is the H.264 level: 0x15 is 2.1, 0x1f is 3.1.
      (c: VideoDecoderConfig) => ({ ...c, description: withByte(c, 3, 0x1f) }),
      /clip 2 cannot be joined to clip 1 without re-encoding: its video is avc1\.64001f, not avc1\.640015/i,
    ],
    [
      'a different picture size',
      (c: VideoDecoderConfig) => ({ ...c, codedWidth: 640, codedHeight: 360 }),
      /its picture is 640 × 360 px, not 320 × 180 px/,
    ],
    [
      'different encoder settings',
      // Near avcC's end for High profile: the chroma bit depth, 8 → 9 bits.
      (c: VideoDecoderConfig) => {
        const bytes = bytesOf(c);
        return { ...c, description: withByte(c, bytes.length - 2, bytes.at(-2)! ^ 0x01) };
      },
      /its video was encoded with different settings/,
    ],
  ])(
    'refuses a part with %s, naming the difference, and writes nothing',
    async (_, change, reason) => {
      const other = join(dir, 'other.mp4');
      await writeClip(other, { config: change });
      const output = join(dir, 'joined.mp4');
      await expect(stitchMp4({ parts: [SAMPLE_MP4, other], output })).rejects.toMatchObject({
        code: 'stitch_parts_differ',
        message: expect.stringMatching(reason),
      });
      expect(existsSync(output)).toBe(false);
      expect(existsSync(`${output}.partial`)).toBe(false);
    },
  );

  it('refuses a file that is not an MP4, and a single clip', async () => {
    const text = join(dir, 'notes.mp4');
    await writeFile(text, 'not a video at all');
    await expect(
      stitchMp4({ parts: [SAMPLE_MP4, text], output: join(dir, 'a.mp4') }),
    ).rejects.toMatchObject({ code: 'stitch_unreadable' });
    await expect(
      stitchMp4({ parts: [SAMPLE_MP4], output: join(dir, 'b.mp4') }),
    ).rejects.toMatchObject({ code: 'stitch_too_few_parts' });
  });
});
